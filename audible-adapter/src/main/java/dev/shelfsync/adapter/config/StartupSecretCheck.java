package dev.shelfsync.adapter.config;

import dev.shelfsync.adapter.crypto.FernetKey;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Set;

/**
 * Refuses to start a production adapter without an API secret and a usable encryption key: without them every
 * caller could read Audible tokens, or none could be stored. Local, dev and test profiles are exempt.
 */
@Singleton
public class StartupSecretCheck {

    private static final Set<String> RELAXED_PROFILES = Set.of("dev", "test", "local");

    void onStart(@Observes StartupEvent event, AudibleConfig config) {
        if (ConfigUtils.getProfiles().stream().anyMatch(RELAXED_PROFILES::contains)) {
            return;
        }
        if (config.apiSecret().filter(s -> !s.isBlank()).isEmpty()) {
            throw new IllegalStateException("AUDIBLE_API_SECRET (audible.api-secret) must be set");
        }
        List<String> keys = config.encryptionKeys().orElse(List.of()).stream().filter(k -> !k.isBlank()).toList();
        if (keys.isEmpty()) {
            throw new IllegalStateException("AUDIBLE_ENCRYPTION_KEYS (audible.encryption-keys) must hold at least one Fernet key");
        }
        for (int i = 0; i < keys.size(); i++) {
            try {
                FernetKey.parse(keys.get(i));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("AUDIBLE_ENCRYPTION_KEYS entry " + (i + 1) + " is not a valid Fernet key: "
                        + e.getMessage());
            }
        }
    }
}

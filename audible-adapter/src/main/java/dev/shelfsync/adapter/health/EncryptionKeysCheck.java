package dev.shelfsync.adapter.health;

import dev.shelfsync.adapter.crypto.BlobCipher;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only with at least one encryption key: without one no auth record can be read or issued. */
@Readiness
@ApplicationScoped
public class EncryptionKeysCheck implements HealthCheck {

    private final BlobCipher cipher;

    public EncryptionKeysCheck(BlobCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("encryption-keys").status(cipher.hasKeys()).build();
    }
}

package dev.shelfsync.tracker.users;

import dev.shelfsync.tracker.auth.UserProvisioning;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.util.Optional;

/**
 * Makes sure the configured first user exists so a fresh installation can be used at once. Safe on every
 * restart: an existing user is left alone apart from installing a configured key it does not have yet.
 */
@ApplicationScoped
public class FirstUserBootstrap {

    private static final Logger LOG = Logger.getLogger(FirstUserBootstrap.class);
    static final int MIN_KEY_LENGTH = 24;

    private final BootstrapConfig config;
    private final UserProvisioning provisioning;

    public FirstUserBootstrap(BootstrapConfig config, UserProvisioning provisioning) {
        this.config = config;
        this.provisioning = provisioning;
    }

    void onStart(@Observes StartupEvent event) {
        config.email().map(String::strip).filter(email -> !email.isEmpty()).ifPresent(email ->
                ensure(email, config.name(), config.apiKey().map(String::strip).filter(key -> !key.isEmpty()))
                        .ifPresent(key -> LOG.infof("""

                                ================================================================================
                                 First user %s created. Its API key, shown this once and never again:

                                     %s

                                 Send it as 'Authorization: Bearer <key>'.
                                ================================================================================""",
                                email, key)));
    }

    /**
     * Creates the user unless it exists and installs the given key unless it is stored already.
     *
     * @return the generated key when the user was created without a given key; empty otherwise
     */
    @Transactional
    public Optional<String> ensure(String email, String name, Optional<String> givenKey) {
        givenKey.filter(key -> key.length() < MIN_KEY_LENGTH).ifPresent(key -> {
            throw new IllegalStateException("shelfsync.bootstrap.api-key must be at least " + MIN_KEY_LENGTH
                    + " characters long");
        });
        Optional<Long> existing = provisioning.findUserByEmail(email);
        if (existing.isEmpty()) {
            UserProvisioning.NewUser user = givenKey
                    .map(key -> provisioning.createUser(email, name, key))
                    .orElseGet(() -> provisioning.createUser(email, name));
            LOG.infof("Created first user %s (id %d)", email, user.userId());
            return givenKey.isPresent() ? Optional.empty() : Optional.of(user.apiKey());
        }
        givenKey.filter(key -> !provisioning.isKnown(key)).ifPresent(key -> {
            provisioning.installKey(existing.get(), "bootstrap", key);
            LOG.infof("Installed the configured API key for %s", email);
        });
        return Optional.empty();
    }
}

package dev.shelfsync.tracker.users;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** The first user, created at startup when the database does not have it yet. */
@ConfigMapping(prefix = "shelfsync.bootstrap")
public interface BootstrapConfig {

    /** E-mail of the first user (SHELFSYNC_BOOTSTRAP_EMAIL); without it no user is created. */
    Optional<String> email();

    /** Display name of the first user. */
    @WithDefault("Owner")
    String name();

    /**
     * An API key to install for that user (SHELFSYNC_BOOTSTRAP_API_KEY), at least 24 characters; only its hash is
     * stored. Without it a key is generated and printed once in the startup log.
     */
    Optional<String> apiKey();
}

package dev.shelfsync.tracker.adapter;

import io.smallrye.config.ConfigMapping;

/** Where the audible-adapter listens and the secret it expects. */
@ConfigMapping(prefix = "shelfsync.adapter")
public interface AdapterConfig {

    /** Base URL of the audible-adapter (env {@code AUDIBLE_SERVICE_URL}, default {@code http://localhost:5000}). */
    String url();

    /** Shared secret sent as {@code X-API-Secret} (env {@code AUDIBLE_API_SECRET}); no default outside dev and test. */
    String apiSecret();
}

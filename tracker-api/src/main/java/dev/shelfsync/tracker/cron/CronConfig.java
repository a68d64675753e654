package dev.shelfsync.tracker.cron;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** The external cron trigger ({@code GET /api/cron/audible-sync}). */
@ConfigMapping(prefix = "shelfsync.cron")
public interface CronConfig {

    /** Bearer secret the cron must send (env {@code CRON_SECRET}); unset, the endpoint refuses with 503. */
    Optional<String> secret();
}

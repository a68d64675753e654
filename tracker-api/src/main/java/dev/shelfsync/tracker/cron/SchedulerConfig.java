package dev.shelfsync.tracker.cron;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The in-process scheduler that syncs due users (off where an external cron calls the endpoint instead). */
@ConfigMapping(prefix = "shelfsync.scheduler")
public interface SchedulerConfig {

    /** Whether this instance syncs due users itself (env {@code SHELFSYNC_SCHEDULER_ENABLED}). */
    @WithDefault("true")
    boolean enabled();

    /** How often it looks for due users, e.g. {@code 5m} (env {@code SHELFSYNC_SCHEDULER_EVERY}). */
    @WithDefault("5m")
    String every();
}

package dev.shelfsync.tracker.cron;

import dev.shelfsync.tracker.sync.SyncType;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Singleton;

/**
 * Syncs due users from inside tracker-api every {@code shelfsync.scheduler.every}. Several instances may
 * fire at once; the per-user database lock keeps each user to one sync.
 */
@ApplicationScoped
public class SyncScheduler {

    private final AutoSync autoSync;

    SyncScheduler(AutoSync autoSync) {
        this.autoSync = autoSync;
    }

    @Scheduled(identity = "audible-sync", every = "${shelfsync.scheduler.every}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WhenDisabled.class)
    void syncDueUsers() {
        autoSync.run(SyncType.SCHEDULED);
    }

    /** Skips every run when {@code shelfsync.scheduler.enabled} is false. */
    @Singleton
    static class WhenDisabled implements Scheduled.SkipPredicate {

        private final SchedulerConfig config;

        WhenDisabled(SchedulerConfig config) {
            this.config = config;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled();
        }
    }
}

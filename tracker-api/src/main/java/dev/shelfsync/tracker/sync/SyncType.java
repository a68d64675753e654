package dev.shelfsync.tracker.sync;

/** What started a sync; stored in {@code audible_sync_logs.sync_type}. */
public enum SyncType {
    MANUAL("manual"),
    CRON("cron"),
    SCHEDULED("scheduled");

    private final String value;

    SyncType(String value) {
        this.value = value;
    }

    public String value() {
        return value;
    }
}

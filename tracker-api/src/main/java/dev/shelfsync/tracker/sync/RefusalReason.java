package dev.shelfsync.tracker.sync;

/** Why a sync was refused, as the {@code reason} tag of {@code shelfsync.sync.refusals}. */
enum RefusalReason {
    IN_PROGRESS("in_progress"),
    NOT_CONNECTED("not_connected"),
    SYNC_DISABLED("sync_disabled"),
    DAILY_LIMIT("daily_limit"),
    TOO_SOON("too_soon");

    private final String tag;

    RefusalReason(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    /** Classifies the reason text of {@code audible_can_sync()} (V1__schema.sql). */
    static RefusalReason of(RateLimit limit) {
        String reason = limit.reason() == null ? "" : limit.reason();
        if (limit.nextAllowedAt() == null) {
            return reason.startsWith("Sync is disabled") ? SYNC_DISABLED : NOT_CONNECTED;
        }
        return reason.startsWith("Daily sync limit") ? DAILY_LIMIT : TOO_SOON;
    }
}

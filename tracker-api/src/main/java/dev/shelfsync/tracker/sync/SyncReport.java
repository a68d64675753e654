package dev.shelfsync.tracker.sync;

/** The outcome of one completed sync, as logged and returned to the caller. */
public record SyncReport(long syncLogId, String status, int titles, int matched, int conflicts, int updated,
                         long durationMs) {
}

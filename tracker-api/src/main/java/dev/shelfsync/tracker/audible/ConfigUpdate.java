package dev.shelfsync.tracker.audible;

/** {@code PUT /api/audible/config}: only the fields present change. */
public record ConfigUpdate(Boolean enabled, Boolean autoSyncProgress, Integer syncIntervalMinutes, String marketplace) {
}

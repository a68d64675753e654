package dev.shelfsync.tracker.audible;

import java.time.Instant;

/** The Audible settings as the API shows them; tokens never appear here. */
public record ConfigView(boolean connected, String email, String customerName, String marketplace, boolean enabled,
                         boolean autoSyncProgress, int syncIntervalMinutes, int dailySyncLimit, int syncCountToday,
                         Instant lastSyncAt, Instant connectedAt, Instant authExpiresAt) {

    static ConfigView of(AudibleAccount a) {
        return new ConfigView(a.connected(), a.email, a.customerName, a.marketplace, a.enabled, a.autoSyncProgress,
                a.syncIntervalMinutes, a.dailySyncLimit, a.syncCountToday, a.lastSyncAt, a.connectedAt,
                a.authExpiresAt);
    }
}

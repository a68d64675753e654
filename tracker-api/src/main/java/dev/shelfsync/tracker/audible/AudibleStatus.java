package dev.shelfsync.tracker.audible;

import dev.shelfsync.tracker.sync.RateLimit;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** {@code GET /api/audible/status}: how syncing goes for the caller. */
public record AudibleStatus(boolean connected, LastSync lastSync, Stats stats, BigDecimal successRateLastDay,
                            Integer meanDurationMsLastWeek, List<Reading> currentlyReading, long unmappedCount,
                            RateLimit canSync) {

    public record LastSync(long id, String syncType, String status, Instant startedAt, Instant completedAt,
                           Integer durationMs, int booksSynced, int booksMatched, int booksUpdated,
                           int conflictsCreated, String errorMessage) {
    }

    public record Stats(long totalSyncs, long successfulSyncs, long partialSyncs, long failedSyncs,
                        Integer avgDurationMs, Instant lastSyncAt, long totalBooksUpdated, long mappedBooks,
                        long unresolvedConflicts) {
    }

    public record Reading(long bookId, String title, String author, String asin, BigDecimal percentage,
                          Integer runtimeMinutes, Instant lastSyncedAt) {
    }
}

package dev.shelfsync.tracker.mappings;

import java.math.BigDecimal;
import java.time.Instant;

/** A mapping as the API shows it. */
public record MappingView(long id, String asin, long bookId, String audibleTitle, String audibleAuthor,
                          Integer runtimeMinutes, BigDecimal lastKnownPercentage, boolean isFinished, Instant finishedAt,
                          BigDecimal matchConfidence, String matchMethod, boolean manuallyConfirmed,
                          boolean syncEnabled, Instant lastSyncedAt) {

    static MappingView of(BookMapping m) {
        return new MappingView(m.id, m.asin, m.bookId, m.audibleTitle, m.audibleAuthor, m.runtimeMinutes,
                m.lastKnownPercentage, m.finished, m.finishedAt, m.matchConfidence, m.matchMethod,
                m.manuallyConfirmed, m.syncEnabled, m.lastSyncedAt);
    }
}

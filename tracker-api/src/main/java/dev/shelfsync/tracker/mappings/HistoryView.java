package dev.shelfsync.tracker.mappings;

import java.math.BigDecimal;
import java.time.Instant;

/** One progress change of a mapping. */
public record HistoryView(long id, BigDecimal percentage, Long positionSeconds, boolean isFinished, Long syncLogId,
                          Instant createdAt) {

    static HistoryView of(ProgressHistoryEntry e) {
        return new HistoryView(e.id, e.percentage, e.positionSeconds, e.finished, e.syncLogId, e.createdAt);
    }
}

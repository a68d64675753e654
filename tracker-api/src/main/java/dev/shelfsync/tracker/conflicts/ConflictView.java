package dev.shelfsync.tracker.conflicts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A conflict as the API shows it. */
public record ConflictView(long id, String asin, String audibleTitle, String audibleAuthor, String conflictType,
                           List<Map<String, Object>> potentialMatches, boolean resolved, String resolution,
                           Long resolvedBookId, Instant resolvedAt, Instant createdAt) {

    static ConflictView of(AudibleConflict c) {
        return new ConflictView(c.id, c.asin, c.audibleTitle, c.audibleAuthor, c.conflictType, c.potentialMatches,
                c.resolved, c.resolution, c.resolvedBookId, c.resolvedAt, c.createdAt);
    }
}

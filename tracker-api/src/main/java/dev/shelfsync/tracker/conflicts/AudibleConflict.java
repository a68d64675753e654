package dev.shelfsync.tracker.conflicts;

import dev.shelfsync.tracker.common.UserOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An Audible title the sync could not match with certainty ({@code audible_conflicts}); opened by the sync. */
@Entity
@Table(name = "audible_conflicts")
public class AudibleConflict extends UserOwnedEntity {

    @Column(nullable = false)
    public String asin;

    @Column(name = "audible_title", nullable = false)
    public String audibleTitle;

    @Column(name = "audible_author")
    public String audibleAuthor;

    @Column(name = "conflict_type", nullable = false)
    public String conflictType;

    /** Up to three candidate books with their title and author scores. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "potential_matches", nullable = false)
    public List<Map<String, Object>> potentialMatches;

    @Column(nullable = false)
    public boolean resolved;

    public String resolution;

    @Column(name = "resolved_book_id")
    public Long resolvedBookId;

    @Column(name = "resolved_at")
    public Instant resolvedAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<AudibleConflict> ofUser(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }
}

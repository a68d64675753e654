package dev.shelfsync.tracker.mappings;

import dev.shelfsync.tracker.common.UserOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;

/** An Audible title (ASIN) linked to one of the user's books ({@code audible_book_mappings}). */
@Entity
@Table(name = "audible_book_mappings")
public class BookMapping extends UserOwnedEntity {

    @Column(nullable = false)
    public String asin;

    @Column(name = "book_id", nullable = false)
    public long bookId;

    @Column(name = "audible_title", nullable = false)
    public String audibleTitle;

    @Column(name = "audible_author")
    public String audibleAuthor;

    @Column(name = "runtime_minutes")
    public Integer runtimeMinutes;

    @Column(name = "last_known_percentage", precision = 5, scale = 2)
    public BigDecimal lastKnownPercentage;

    @Column(name = "last_known_position_seconds")
    public Long lastKnownPositionSeconds;

    @Column(name = "is_finished", nullable = false)
    public boolean finished;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "match_confidence", nullable = false, precision = 4, scale = 3)
    public BigDecimal matchConfidence;

    @Column(name = "match_method", nullable = false)
    public String matchMethod;

    @Column(name = "manually_confirmed", nullable = false)
    public boolean manuallyConfirmed;

    @Column(name = "sync_enabled", nullable = false)
    public boolean syncEnabled = true;

    @Column(name = "last_synced_at")
    public Instant lastSyncedAt;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    /** The mapping if it exists and belongs to the user. */
    public static Optional<BookMapping> ofUser(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResultOptional();
    }
}

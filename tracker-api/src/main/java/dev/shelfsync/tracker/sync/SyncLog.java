package dev.shelfsync.tracker.sync;

import dev.shelfsync.tracker.common.UserOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** One sync run ({@code audible_sync_logs}): what started it, how it ended, counts and per-title actions. */
@Entity
@Table(name = "audible_sync_logs")
public class SyncLog extends UserOwnedEntity {

    @Column(name = "sync_type", nullable = false)
    public String syncType;

    @Column(nullable = false)
    public String status;

    @Column(name = "books_synced", nullable = false)
    public int booksSynced;

    @Column(name = "books_matched", nullable = false)
    public int booksMatched;

    @Column(name = "books_updated", nullable = false)
    public int booksUpdated;

    @Column(name = "conflicts_created", nullable = false)
    public int conflictsCreated;

    @Column(name = "errors_count", nullable = false)
    public int errorsCount;

    @Column(name = "duration_ms")
    public Integer durationMs;

    @Column(name = "error_message")
    public String errorMessage;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "sync_details", nullable = false)
    public Map<String, Object> syncDetails = new HashMap<>();

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "completed_at")
    public Instant completedAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;
}

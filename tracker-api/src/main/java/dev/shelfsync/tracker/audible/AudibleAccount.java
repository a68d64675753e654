package dev.shelfsync.tracker.audible;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A user's Audible connection and sync settings ({@code audible_config}). The sync counters are written by the
 * sync's own SQL; this entity only reads them.
 */
@Entity
@Table(name = "audible_config")
public class AudibleAccount extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;

    public String email;

    /** The adapter's Fernet token; never leaves tracker-api except back to the adapter. */
    @Column(name = "auth_encrypted")
    public String authEncrypted;

    @Column(name = "auth_expires_at")
    public Instant authExpiresAt;

    @Column(name = "customer_name")
    public String customerName;

    @Column(nullable = false)
    public String marketplace = "us";

    @Column(nullable = false)
    public boolean enabled = true;

    @Column(name = "auto_sync_progress", nullable = false)
    public boolean autoSyncProgress = true;

    @Column(name = "sync_interval_minutes", nullable = false)
    public int syncIntervalMinutes = 60;

    @Column(name = "daily_sync_limit", nullable = false)
    public int dailySyncLimit = 600;

    @Column(name = "sync_count_today", nullable = false, insertable = false, updatable = false)
    public int syncCountToday;

    @Column(name = "last_sync_at", insertable = false, updatable = false)
    public Instant lastSyncAt;

    @Column(name = "last_reset_date", insertable = false, updatable = false)
    public LocalDate lastResetDate;

    @Column(name = "connected_at")
    public Instant connectedAt;

    @Generated(event = EventType.INSERT)
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    @Generated(event = {EventType.INSERT, EventType.UPDATE})
    @Column(name = "updated_at", insertable = false, updatable = false)
    public Instant updatedAt;

    public static Optional<AudibleAccount> ofUser(long userId) {
        return findByIdOptional(userId);
    }

    public boolean connected() {
        return authEncrypted != null;
    }
}

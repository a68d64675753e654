package dev.shelfsync.tracker.mappings;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.time.Instant;

/** One observed progress change of a mapped title ({@code audible_progress_history}); written by the sync. */
@Entity
@Table(name = "audible_progress_history")
public class ProgressHistoryEntry extends PanacheEntityBase {

    @Id
    public Long id;

    @Column(name = "user_id", nullable = false)
    public long userId;

    @Column(name = "mapping_id", nullable = false)
    public long mappingId;

    @Column(name = "position_seconds")
    public Long positionSeconds;

    @Column(precision = 5, scale = 2)
    public BigDecimal percentage;

    @Column(name = "is_finished", nullable = false)
    public boolean finished;

    @Column(name = "sync_log_id")
    public Long syncLogId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}

package dev.shelfsync.tracker.audible;

import dev.shelfsync.tracker.sync.RateLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** Reads the status views and sync logs of one user. */
@ApplicationScoped
public class AudibleStatusService {

    private final EntityManager em;
    private final RateLimits rateLimits;

    AudibleStatusService(EntityManager em, RateLimits rateLimits) {
        this.em = em;
        this.rateLimits = rateLimits;
    }

    @Transactional
    public AudibleStatus status(long userId) {
        boolean connected = AudibleAccount.ofUser(userId).map(AudibleAccount::connected).orElse(false);
        return new AudibleStatus(connected, lastSync(userId), stats(userId), successRate24h(userId),
                meanDuration7d(userId), currentlyReading(userId), unmappedCount(userId), rateLimits.check(userId));
    }

    private AudibleStatus.LastSync lastSync(long userId) {
        List<?> rows = em.createNativeQuery("""
                        SELECT id, sync_type, status, started_at, completed_at, duration_ms, books_synced,
                               books_matched, books_updated, conflicts_created, error_message
                        FROM audible_sync_logs WHERE user_id = ?1 ORDER BY started_at DESC, id DESC LIMIT 1""")
                .setParameter(1, userId).getResultList();
        if (rows.isEmpty()) {
            return null;
        }
        Object[] r = (Object[]) rows.get(0);
        return new AudibleStatus.LastSync(num(r[0]), (String) r[1], (String) r[2], instant(r[3]), instant(r[4]),
                r[5] == null ? null : (int) num(r[5]), (int) num(r[6]), (int) num(r[7]), (int) num(r[8]),
                (int) num(r[9]), (String) r[10]);
    }

    private AudibleStatus.Stats stats(long userId) {
        Object[] r = (Object[]) em.createNativeQuery("""
                        SELECT total_syncs, successful_syncs, partial_syncs, failed_syncs, avg_duration_ms, last_sync_at,
                               total_books_updated, mapped_books, unresolved_conflicts
                        FROM audible_sync_stats WHERE user_id = ?1""")
                .setParameter(1, userId).getSingleResult();
        return new AudibleStatus.Stats(num(r[0]), num(r[1]), num(r[2]), num(r[3]),
                r[4] == null ? null : (int) num(r[4]), instant(r[5]), num(r[6]), num(r[7]), num(r[8]));
    }

    private BigDecimal successRate24h(long userId) {
        Object rate = em.createNativeQuery("""
                        SELECT round(100.0 * count(*) FILTER (WHERE status = 'success')
                                     / nullif(count(*) FILTER (WHERE status <> 'running'), 0), 1)
                        FROM audible_sync_logs WHERE user_id = ?1 AND created_at > now() - interval '24 hours'""")
                .setParameter(1, userId).getSingleResult();
        return (BigDecimal) rate;
    }

    private Integer meanDuration7d(long userId) {
        Object mean = em.createNativeQuery("""
                        SELECT round(avg(duration_ms))::int FROM audible_sync_logs
                        WHERE user_id = ?1 AND status IN ('success', 'partial') AND created_at > now() - interval '7 days'""")
                .setParameter(1, userId).getSingleResult();
        return mean == null ? null : (int) num(mean);
    }

    @SuppressWarnings("unchecked")
    private List<AudibleStatus.Reading> currentlyReading(long userId) {
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT book_id, title, author, asin, percentage, runtime_minutes, last_synced_at
                        FROM audible_currently_reading WHERE user_id = ?1
                        ORDER BY last_synced_at DESC NULLS LAST LIMIT 20""")
                .setParameter(1, userId).getResultList();
        return rows.stream().map(r -> new AudibleStatus.Reading(num(r[0]), (String) r[1], (String) r[2], (String) r[3],
                (BigDecimal) r[4], r[5] == null ? null : (int) num(r[5]), instant(r[6]))).toList();
    }

    private long unmappedCount(long userId) {
        return num(em.createNativeQuery("SELECT count(*) FROM audible_unmapped_books WHERE user_id = ?1")
                .setParameter(1, userId).getSingleResult());
    }

    private static long num(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof Timestamp ts) {
            return ts.toInstant();
        }
        return (Instant) value;
    }
}

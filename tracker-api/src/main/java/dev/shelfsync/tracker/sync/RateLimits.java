package dev.shelfsync.tracker.sync;

import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.tracker.error.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Asks the database whether a user may sync now; the rule itself lives in {@code audible_can_sync()}. */
@ApplicationScoped
public class RateLimits {

    private final EntityManager em;

    RateLimits(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public RateLimit check(long userId) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT can_sync, reason, next_allowed_at, syncs_remaining_today FROM audible_can_sync(?1)")
                .setParameter(1, userId)
                .getSingleResult();
        return new RateLimit((Boolean) row[0], (String) row[1], toInstant(row[2]), ((Number) row[3]).intValue());
    }

    /** The refusal as the API reports it: 409 when there is nothing to sync, 429 with Retry-After when too soon. */
    static ApiException refusal(RateLimit limit) {
        if (limit.nextAllowedAt() == null) {
            return ApiException.conflict(ErrorCodes.CONFLICT,
                    limit.reason() + "; connect with POST /api/audible/auth or enable sync in PUT /api/audible/config");
        }
        long seconds = Math.max(1, Duration.between(Instant.now(), limit.nextAllowedAt()).toSeconds());
        return ApiException.rateLimited(limit.reason() + "; next sync allowed at " + limit.nextAllowedAt(), seconds);
    }

    private static Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        return (Instant) value;
    }
}

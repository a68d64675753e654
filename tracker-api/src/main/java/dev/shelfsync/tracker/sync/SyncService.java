package dev.shelfsync.tracker.sync;

import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.contracts.adapter.LibraryResult;
import dev.shelfsync.tracker.adapter.AudibleAdapterClient;
import dev.shelfsync.tracker.audible.AudibleAccount;
import dev.shelfsync.tracker.error.ApiException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.sql.SQLException;

/**
 * The one sync flow behind manual syncs, the cron endpoint and the scheduler: take the user's lock, check the
 * rate limit, fetch the library, write the results in one transaction, log. Every refusal or failure is an
 * {@link ApiException} (409 sync running or not connected, 429 too soon, 502/503 adapter or Audible down);
 * automatic callers turn those into "skipped"/"failed" results.
 */
@ApplicationScoped
public class SyncService {

    private static final Logger LOG = Logger.getLogger(SyncService.class);

    private final SyncLocks locks;
    private final RateLimits rateLimits;
    private final SyncLogs logs;
    private final LibraryWriter writer;
    private final AudibleAdapterClient adapter;
    private final SyncMetrics metrics;

    SyncService(SyncLocks locks, RateLimits rateLimits, SyncLogs logs, LibraryWriter writer,
                AudibleAdapterClient adapter, SyncMetrics metrics) {
        this.locks = locks;
        this.rateLimits = rateLimits;
        this.logs = logs;
        this.writer = writer;
        this.adapter = adapter;
        this.metrics = metrics;
    }

    public SyncReport sync(long userId, SyncType type) {
        try (SyncLock ignored = locks.tryLock(userId).orElseThrow(() -> inProgress(type))) {
            // Checked under the lock: a trigger that waited out another sync sees that sync's timestamp.
            RateLimit limit = rateLimits.check(userId);
            if (!limit.canSync()) {
                metrics.refused(type, RefusalReason.of(limit));
                throw RateLimits.refusal(limit);
            }
            return fetchAndWrite(userId, type);
        }
    }

    private ApiException inProgress(SyncType type) {
        metrics.refused(type, RefusalReason.IN_PROGRESS);
        return ApiException.conflict(ErrorCodes.SYNC_IN_PROGRESS,
                "A sync of this Audible library is already running; try again when it ends");
    }

    private SyncReport fetchAndWrite(long userId, SyncType type) {
        long started = System.nanoTime();
        AudibleAccount account = QuarkusTransaction.requiringNew().call(() -> AudibleAccount.ofUser(userId).orElseThrow());
        long logId = logs.start(userId, type);
        try {
            LibraryResult library = adapter.library(account.authEncrypted, account.marketplace);
            SyncReport report = writer.write(userId, logId, library, started);
            LOG.infof("Audible sync user=%d type=%s status=%s titles=%d matched=%d conflicts=%d updated=%d duration=%dms",
                    userId, type.value(), report.status(), report.titles(), report.matched(), report.conflicts(),
                    report.updated(), report.durationMs());
            metrics.finished(type, report);
            return report;
        } catch (ApiException e) {
            fail(userId, type, logId, started, e.code(), e.getMessage());
            throw e;
        } catch (SQLException | RuntimeException e) {
            fail(userId, type, logId, started, ErrorCodes.INTERNAL_ERROR, "The sync could not be stored");
            LOG.errorf(e, "Audible sync of user %d could not be stored", userId);
            throw new ApiException(500, ErrorCodes.INTERNAL_ERROR, "The sync failed; nothing was changed. Try again later.");
        }
    }

    private void fail(long userId, SyncType type, long logId, long started, String code, String message) {
        long durationMs = (System.nanoTime() - started) / 1_000_000;
        logs.fail(logId, code, message, durationMs);
        metrics.failed(type, durationMs);
        LOG.warnf("Audible sync user=%d type=%s status=failed error=%s duration=%dms", userId, type.value(), code,
                durationMs);
    }
}

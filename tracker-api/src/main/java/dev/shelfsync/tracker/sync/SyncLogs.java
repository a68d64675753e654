package dev.shelfsync.tracker.sync;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.Map;

/** Opens a sync's log row before the work starts and closes it when the work failed, each in its own transaction. */
@ApplicationScoped
public class SyncLogs {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public long start(long userId, SyncType type) {
        SyncLog log = new SyncLog();
        log.userId = userId;
        log.syncType = type.value();
        log.status = "running";
        log.startedAt = Instant.now();
        log.persist();
        return log.id;
    }

    /** Marks the run failed; nothing else the sync would have written was written. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(long logId, String errorCode, String message, long durationMs) {
        SyncLog log = SyncLog.findById(logId);
        log.status = "failed";
        log.errorsCount = 1;
        log.errorMessage = message;
        log.durationMs = (int) durationMs;
        log.completedAt = Instant.now();
        log.syncDetails = Map.of("error", errorCode);
    }
}

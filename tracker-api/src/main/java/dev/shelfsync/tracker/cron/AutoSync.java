package dev.shelfsync.tracker.cron;

import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.tracker.error.ApiException;
import dev.shelfsync.tracker.sync.SyncReport;
import dev.shelfsync.tracker.sync.SyncService;
import dev.shelfsync.tracker.sync.SyncType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/**
 * Syncs every user that {@code audible_can_sync} lets sync, through the same flow as a manual sync. Safe to
 * run twice at once or back to back (cron deliveries repeat, instances overlap): the per-user lock and the
 * rate limit turn the repeats into skips.
 */
@ApplicationScoped
public class AutoSync {

    private static final Logger LOG = Logger.getLogger(AutoSync.class);

    private final EntityManager em;
    private final SyncService syncs;

    AutoSync(EntityManager em, SyncService syncs) {
        this.em = em;
        this.syncs = syncs;
    }

    public AutoSyncSummary run(SyncType type) {
        List<Object[]> connected = connectedUsers();
        List<AutoSyncSummary.UserResult> results = new ArrayList<>();
        int synced = 0;
        int skipped = 0;
        int failed = 0;
        for (Object[] row : connected) {
            long userId = ((Number) row[0]).longValue();
            if (!(Boolean) row[1]) {
                skipped++;
                results.add(new AutoSyncSummary.UserResult(userId, "skipped", (String) row[2], null, null, null, null, null));
                continue;
            }
            try {
                SyncReport r = syncs.sync(userId, type);
                synced++;
                results.add(new AutoSyncSummary.UserResult(userId, r.status(), null, r.syncLogId(), r.titles(),
                        r.matched(), r.conflicts(), r.updated()));
            } catch (ApiException e) {
                boolean skip = e.status() == 429 || ErrorCodes.SYNC_IN_PROGRESS.equals(e.code())
                        || ErrorCodes.CONFLICT.equals(e.code());
                if (skip) {
                    skipped++;
                } else {
                    failed++;
                }
                results.add(new AutoSyncSummary.UserResult(userId, skip ? "skipped" : "failed",
                        e.code() + ": " + e.getMessage(), null, null, null, null, null));
            }
        }
        LOG.infof("Automatic Audible sync (%s): %d users, %d synced, %d skipped, %d failed", type.value(),
                connected.size(), synced, skipped, failed);
        return new AutoSyncSummary(connected.size(), synced, skipped, failed, results);
    }

    /** Connected, enabled users with the rate limiter's verdict. */
    @SuppressWarnings("unchecked")
    private List<Object[]> connectedUsers() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("""
                        SELECT c.user_id, r.can_sync, r.reason
                        FROM audible_config c CROSS JOIN LATERAL audible_can_sync(c.user_id) r
                        WHERE c.auth_encrypted IS NOT NULL AND c.enabled
                        ORDER BY c.user_id""")
                .getResultList());
    }
}

package dev.shelfsync.tracker.sync;

import dev.shelfsync.contracts.adapter.LibraryItem;
import dev.shelfsync.contracts.adapter.LibraryResult;
import dev.shelfsync.tracker.matching.Jdbc;
import dev.shelfsync.tracker.matching.StagedLibrary;
import dev.shelfsync.tracker.matching.TitleMatcher;
import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Writes everything one sync learned in ONE transaction: matches, conflicts, progress, book updates, the
 * refreshed auth blob, the log row and the rate-limit counters. Either all of it lands or none.
 */
@ApplicationScoped
class LibraryWriter {

    private static final Logger LOG = Logger.getLogger(LibraryWriter.class);

    private static final String FINISH_LOG = """
            UPDATE audible_sync_logs
            SET status = ?, books_synced = ?, books_matched = ?, books_updated = ?, conflicts_created = ?,
                errors_count = ?, duration_ms = ?, completed_at = now(),
                error_message = CASE WHEN ?::int > 0 THEN ?::text || ' titles without a valid ASIN or title were skipped' END,
                sync_details = jsonb_build_object(
                    'titles', ?::int,
                    'timings_ms', jsonb_build_object('stage', ?::int, 'match', ?::int, 'progress', ?::int),
                    'actions', (SELECT coalesce(jsonb_agg(jsonb_strip_nulls(jsonb_build_object(
                                    'asin', s.asin, 'title', s.title,
                                    'action', CASE WHEN s.action = 'tracked' THEN 'progress' ELSE s.action END,
                                    'book_id', s.book_id, 'match_method', s.match_method,
                                    'match_confidence', s.match_confidence, 'conflict_type', s.conflict_type,
                                    'percentage', CASE WHEN s.progress_changed THEN s.percentage END,
                                    'book_updated', s.book_updated)) ORDER BY s.asin), '[]'::jsonb)
                                FROM sync_library s
                                WHERE s.action IN ('linked', 'conflict') OR s.progress_changed))
            WHERE id = ?""";

    private static final String BUMP_COUNTERS = """
            UPDATE audible_config
            SET last_sync_at = now(), sync_count_today = sync_count_today + 1,
                auth_encrypted = coalesce(?, auth_encrypted)
            WHERE user_id = ?""";

    private final AgroalDataSource dataSource;

    LibraryWriter(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    // Writing a very large first library on a slow machine may outlast the default 60 s.
    @TransactionConfiguration(timeout = 600)
    @Transactional(rollbackOn = SQLException.class)
    SyncReport write(long userId, long syncLogId, LibraryResult library, long startedNanos) throws SQLException {
        List<LibraryItem> items = library.items() == null ? List.of() : library.items();
        try (Connection c = dataSource.getConnection()) {
            boolean autoSync = Jdbc.queryLong(c,
                    "SELECT CASE WHEN auto_sync_progress THEN 1 ELSE 0 END FROM audible_config WHERE user_id = ?",
                    userId) == 1;
            PhaseClock clock = new PhaseClock(userId, items.size());
            int staged = StagedLibrary.load(c, items);
            int stageMs = clock.lap("staged %d titles", staged);
            TitleMatcher.Outcome matched = TitleMatcher.match(c, userId);
            int matchMs = clock.lap("matched %d new titles, %d conflicts", matched.linked(), matched.conflictsOpened());
            int changed = ProgressWriter.apply(c, userId, syncLogId, autoSync);
            int progressMs = clock.lap("wrote %d progress changes", changed);
            int booksUpdated = (int) Jdbc.queryLong(c, "SELECT count(*) FROM sync_library WHERE book_updated");
            int skipped = items.size() - staged;
            String status = skipped > 0 ? "partial" : "success";
            long durationMs = (System.nanoTime() - startedNanos) / 1_000_000;
            Jdbc.update(c, FINISH_LOG, status, items.size(), matched.linked(), booksUpdated, matched.conflictsOpened(),
                    skipped, (int) durationMs, skipped, skipped, items.size(), stageMs, matchMs, progressMs, syncLogId);
            Jdbc.update(c, BUMP_COUNTERS, library.auth(), userId);
            return new SyncReport(syncLogId, status, items.size(), matched.linked(), matched.conflictsOpened(),
                    booksUpdated, durationMs);
        }
    }

    /** Times the phases of one write; on large libraries each phase also gets a progress line in the log. */
    private static final class PhaseClock {
        private static final int PROGRESS_LOG_TITLES = 2_000;

        private final long userId;
        private final boolean verbose;
        private long phaseStart = System.nanoTime();

        PhaseClock(long userId, int titles) {
            this.userId = userId;
            this.verbose = titles > PROGRESS_LOG_TITLES;
        }

        int lap(String what, Object... args) {
            int millis = (int) ((System.nanoTime() - phaseStart) / 1_000_000);
            if (verbose) {
                LOG.infof("Audible sync user=%d: %s in %d ms", userId, String.format(what, args), millis);
            }
            phaseStart = System.nanoTime();
            return millis;
        }
    }
}

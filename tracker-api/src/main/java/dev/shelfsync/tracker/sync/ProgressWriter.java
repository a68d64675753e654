package dev.shelfsync.tracker.sync;

import dev.shelfsync.tracker.matching.Jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Applies the staged progress to mapped titles in one statement: mappings whose percentage or finished flag
 * changed are updated, each change gets one history row, and the mapped book follows when the mapping syncs
 * and the user lets progress sync. Book rules: Reading once started, Completed when finished; started and
 * completed dates are set once and never moved; completion is dated by Audible's finish time when known; a
 * re-listen (a finished book now below 100 %) leaves a Completed book alone.
 */
final class ProgressWriter {

    private static final String APPLY = """
            WITH params AS (SELECT ?::bigint AS user_id, ?::bigint AS sync_log_id, ?::boolean AS auto_sync),
            changed AS (
                UPDATE audible_book_mappings m
                SET last_known_percentage = s.percentage,
                    -- the library reports percentages; the position follows from the runtime
                    last_known_position_seconds = round(coalesce(s.percentage, 0) / 100
                        * coalesce(s.runtime_minutes, m.runtime_minutes) * 60)::bigint,
                    is_finished = s.is_finished,
                    finished_at = coalesce(s.finished_at, m.finished_at),
                    runtime_minutes = coalesce(s.runtime_minutes, m.runtime_minutes),
                    last_synced_at = now()
                FROM sync_library s, params p
                WHERE m.user_id = p.user_id AND m.asin = s.asin AND s.action IN ('tracked', 'linked')
                  AND (coalesce(m.last_known_percentage, 0) <> coalesce(s.percentage, 0)
                       OR m.is_finished <> s.is_finished)
                RETURNING m.id, m.asin, m.book_id, m.sync_enabled, m.last_known_percentage AS percentage,
                          m.last_known_position_seconds AS position_seconds, m.is_finished, m.finished_at),
            history AS (
                INSERT INTO audible_progress_history (user_id, mapping_id, position_seconds, percentage, is_finished,
                                                      sync_log_id)
                SELECT p.user_id, c.id, c.position_seconds, c.percentage, c.is_finished, p.sync_log_id
                FROM changed c, params p),
            moved AS (
                SELECT c.*, coalesce((c.finished_at AT TIME ZONE 'UTC')::date, current_date) AS finished_on
                FROM changed c, params p
                WHERE c.sync_enabled AND p.auto_sync AND (c.is_finished OR c.percentage > 0)),
            books_updated AS (
                UPDATE books b
                SET status = CASE WHEN c.is_finished THEN 'Completed' ELSE 'Reading' END,
                    progress = CASE WHEN c.is_finished THEN 100 ELSE c.percentage END,
                    current_page = CASE
                        WHEN b.total_pages IS NULL THEN b.current_page
                        WHEN c.is_finished THEN b.total_pages
                        ELSE least(b.total_pages, floor(c.percentage * b.total_pages / 100))::int END,
                    started_date = coalesce(b.started_date,
                        least(CASE WHEN c.is_finished THEN c.finished_on ELSE current_date END,
                              coalesce(b.completed_date, 'infinity'::date))),
                    completed_date = CASE
                        WHEN c.is_finished THEN coalesce(b.completed_date,
                            greatest(c.finished_on, coalesce(b.started_date, c.finished_on)))
                        ELSE b.completed_date END
                FROM moved c, params p
                WHERE b.id = c.book_id AND b.user_id = p.user_id
                  AND NOT (b.status = 'Completed' AND NOT c.is_finished)
                RETURNING b.id)
            UPDATE sync_library s
            SET progress_changed = TRUE,
                book_updated = c.book_id IN (SELECT id FROM books_updated)
            FROM changed c
            WHERE c.asin = s.asin""";

    private ProgressWriter() {
    }

    /** Returns how many titles changed progress; {@code sync_library.book_updated} tells which books moved. */
    static int apply(Connection connection, long userId, long syncLogId, boolean autoSyncProgress) throws SQLException {
        return Jdbc.update(connection, APPLY, userId, syncLogId, autoSyncProgress);
    }
}

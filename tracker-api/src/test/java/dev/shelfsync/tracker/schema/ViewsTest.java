package dev.shelfsync.tracker.schema;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The four reporting views, each read for one fresh user. */
@QuarkusTest
class ViewsTest {

    @Inject
    AgroalDataSource dataSource;

    Db db;
    long user;

    @BeforeEach
    void newUser() throws SQLException {
        db = new Db(dataSource);
        user = db.newUser();
    }

    void log(String status, Integer durationMs, int booksUpdated, String age) throws SQLException {
        db.update("""
                INSERT INTO audible_sync_logs (user_id, sync_type, status, duration_ms, books_updated, created_at,
                                               completed_at)
                VALUES (?, 'cron', ?, ?, ?, now() - ?::interval,
                        CASE WHEN ? <> 'running' THEN now() - ?::interval END)""",
                user, status, durationMs, booksUpdated, age, status, age);
    }

    void conflict(String asin, boolean resolved) throws SQLException {
        db.update("""
                INSERT INTO audible_conflicts (user_id, asin, audible_title, conflict_type, resolved, resolution)
                VALUES (?, ?, 'Unknown title', 'no_match', ?, CASE WHEN ? THEN 'ignored' END)""",
                user, asin, resolved, resolved);
    }

    @Test
    void syncStatsSumUpTheUsersLogsMappingsAndConflicts() throws SQLException {
        log("success", 100, 2, "1 hour");
        log("success", 300, 3, "2 hours");
        log("partial", 200, 1, "3 hours");
        log("failed", null, 0, "4 hours");
        log("running", null, 0, "0 seconds");
        db.newMapping(user, db.newBook(user, "One"), "B000000001", 10.0, false);
        db.newMapping(user, db.newBook(user, "Two"), "B000000002", null, false);
        conflict("B000000003", false);
        conflict("B000000004", true);

        Map<String, Object> stats = db.row("SELECT * FROM audible_sync_stats WHERE user_id = ?", user);
        assertEquals(4L, stats.get("total_syncs"));
        assertEquals(2L, stats.get("successful_syncs"));
        assertEquals(1L, stats.get("partial_syncs"));
        assertEquals(1L, stats.get("failed_syncs"));
        assertEquals(200, stats.get("avg_duration_ms"));
        assertEquals(6L, stats.get("total_books_updated"));
        assertEquals(2L, stats.get("mapped_books"));
        assertEquals(1L, stats.get("unresolved_conflicts"));
    }

    @Test
    void syncStatsOfAUserWithoutSyncsAreZero() throws SQLException {
        Map<String, Object> stats = db.row("SELECT * FROM audible_sync_stats WHERE user_id = ?", user);
        assertEquals(0L, stats.get("total_syncs"));
        assertEquals(0L, stats.get("total_books_updated"));
        assertEquals(null, stats.get("last_sync_at"));
    }

    @Test
    void currentlyReadingLeavesOutFinishedAndUnstartedTitles() throws SQLException {
        long reading = db.newMapping(user, db.newBook(user, "Reading"), "B00000000R", 42.5, false);
        db.newMapping(user, db.newBook(user, "Finished"), "B00000000F", 100.0, true);
        db.newMapping(user, db.newBook(user, "Unstarted"), "B00000000U", 0.0, false);
        db.newMapping(user, db.newBook(user, "Never seen"), "B00000000N", null, false);

        List<Map<String, Object>> rows = db.rows("SELECT * FROM audible_currently_reading WHERE user_id = ?", user);
        assertEquals(1, rows.size());
        assertEquals(reading, rows.get(0).get("mapping_id"));
        assertEquals("Reading", rows.get(0).get("title"));
    }

    @Test
    void activityCoversTheLast30DaysByDay() throws SQLException {
        log("success", 100, 1, "0 seconds");
        log("failed", 300, 0, "1 second");
        log("success", 50, 4, "5 days");
        log("success", 50, 4, "40 days");

        List<Map<String, Object>> days = db.rows(
                "SELECT * FROM audible_sync_activity WHERE user_id = ? ORDER BY day DESC", user);
        assertEquals(2, days.size());
        Map<String, Object> today = days.get(0);
        assertEquals(2L, today.get("syncs"));
        assertEquals(1L, today.get("successful"));
        assertEquals(1L, today.get("failed"));
        assertEquals(1L, today.get("books_updated"));
        assertEquals(200, today.get("avg_duration_ms"));
        assertEquals(1L, days.get(1).get("syncs"));
    }

    @Test
    void unmappedBooksAreTheUnresolvedConflicts() throws SQLException {
        conflict("B0000000U1", false);
        conflict("B0000000U2", true);

        List<Map<String, Object>> rows = db.rows("SELECT asin FROM audible_unmapped_books WHERE user_id = ?", user);
        assertEquals(List.of(Map.of("asin", "B0000000U1")), rows);
    }
}

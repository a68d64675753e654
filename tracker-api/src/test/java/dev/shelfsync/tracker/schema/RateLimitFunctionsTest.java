package dev.shelfsync.tracker.schema;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** audible_can_sync, the daily counter's reset trigger and cleanup_old_audible_sync_logs. */
@QuarkusTest
class RateLimitFunctionsTest {

    @Inject
    AgroalDataSource dataSource;

    Db db;
    long user;

    @BeforeEach
    void newUser() throws SQLException {
        db = new Db(dataSource);
        user = db.newUser();
    }

    void connect(String extraColumns, String extraValues) throws SQLException {
        db.update("INSERT INTO audible_config (user_id, auth_encrypted" + extraColumns + ") VALUES (?, 'token'"
                + extraValues + ")", user);
    }

    Map<String, Object> canSync() throws SQLException {
        return db.row("SELECT * FROM audible_can_sync(?)", user);
    }

    @Test
    void notConnectedWithoutConfigOrWithoutAuth() throws SQLException {
        assertEquals(false, canSync().get("can_sync"));
        assertEquals("Audible is not connected", canSync().get("reason"));
        db.update("INSERT INTO audible_config (user_id) VALUES (?)", user);
        assertEquals("Audible is not connected", canSync().get("reason"));
    }

    @Test
    void disabled() throws SQLException {
        connect(", enabled", ", false");
        Map<String, Object> result = canSync();
        assertEquals(false, result.get("can_sync"));
        assertEquals("Sync is disabled", result.get("reason"));
    }

    @Test
    void dailyLimitReachedWaitsUntilTomorrow() throws SQLException {
        connect(", daily_sync_limit, sync_count_today, last_sync_at", ", 5, 5, now() - interval '2 hours'");
        Map<String, Object> result = canSync();
        assertEquals(false, result.get("can_sync"));
        assertEquals("Daily sync limit of 5 reached", result.get("reason"));
        assertEquals(0, result.get("syncs_remaining_today"));
        assertEquals(true, db.row(
                "SELECT next_allowed_at = (current_date + 1)::timestamptz AS tomorrow FROM audible_can_sync(?)",
                user).get("tomorrow"));
    }

    @Test
    void dailyLimitReachedLateInTheDayAlsoWaitsForTheInterval() throws SQLException {
        connect(", daily_sync_limit, sync_count_today, last_sync_at",
                ", 5, 5, (current_date + 1)::timestamptz - interval '10 minutes'");
        assertEquals(true, db.row("""
                SELECT f.next_allowed_at = c.last_sync_at + interval '60 minutes' AS after_interval
                FROM audible_can_sync(?) f, audible_config c WHERE c.user_id = ?""", user, user).get("after_interval"));
    }

    @Test
    void yesterdaysCountDoesNotLimitToday() throws SQLException {
        connect(", sync_count_today, last_reset_date", ", 600, current_date - 1");
        Map<String, Object> result = canSync();
        assertEquals(true, result.get("can_sync"));
        assertEquals(600, result.get("syncs_remaining_today"));
    }

    @Test
    void tooSoonAfterTheLastSyncWaitsForTheInterval() throws SQLException {
        connect(", sync_interval_minutes, sync_count_today, last_sync_at", ", 60, 3, now() - interval '10 minutes'");
        Map<String, Object> result = canSync();
        assertEquals(false, result.get("can_sync"));
        assertEquals("Synced less than 60 minutes ago", result.get("reason"));
        assertEquals(597, result.get("syncs_remaining_today"));
        assertEquals(true, db.row("""
                SELECT f.next_allowed_at = c.last_sync_at + interval '60 minutes' AS at_interval
                FROM audible_can_sync(?) f, audible_config c WHERE c.user_id = ?""", user, user).get("at_interval"));
    }

    @Test
    void allowedWithRemainingCount() throws SQLException {
        connect(", sync_count_today, last_sync_at", ", 3, now() - interval '2 hours'");
        Map<String, Object> result = canSync();
        assertEquals(true, result.get("can_sync"));
        assertEquals("OK", result.get("reason"));
        assertEquals(597, result.get("syncs_remaining_today"));
    }

    @Test
    void firstSyncOfANewDayRestartsTheCount() throws SQLException {
        connect(", sync_count_today, last_sync_at, last_reset_date", ", 7, now() - interval '1 day', current_date - 1");
        db.update("UPDATE audible_config SET last_sync_at = now(), sync_count_today = sync_count_today + 1 WHERE user_id = ?",
                user);
        Map<String, Object> config = db.row(
                "SELECT sync_count_today, last_reset_date = current_date AS reset_today FROM audible_config WHERE user_id = ?",
                user);
        assertEquals(1, config.get("sync_count_today"));
        assertEquals(true, config.get("reset_today"));
    }

    @Test
    void laterSyncsOfTheSameDayKeepCounting() throws SQLException {
        connect(", sync_count_today, last_sync_at", ", 7, now() - interval '1 hour'");
        db.update("UPDATE audible_config SET last_sync_at = now(), sync_count_today = sync_count_today + 1 WHERE user_id = ?",
                user);
        assertEquals(8, db.row("SELECT sync_count_today FROM audible_config WHERE user_id = ?", user)
                .get("sync_count_today"));
    }

    @Test
    void cleanupDeletesOnlyOlderLogsAndCountsThem() throws SQLException {
        // Far enough in the past that no other test's rows are this old: the function works across users.
        long ancient = db.id("""
                INSERT INTO audible_sync_logs (user_id, sync_type, status, created_at)
                VALUES (?, 'cron', 'success', now() - interval '4000 days') RETURNING id""", user);
        long old = db.id("""
                INSERT INTO audible_sync_logs (user_id, sync_type, status, created_at)
                VALUES (?, 'cron', 'success', now() - interval '3000 days') RETURNING id""", user);

        assertEquals(1, db.row("SELECT cleanup_old_audible_sync_logs(3500) AS deleted").get("deleted"));
        assertTrue(db.rows("SELECT 1 FROM audible_sync_logs WHERE id = ?", ancient).isEmpty());
        assertEquals(1, db.rows("SELECT 1 FROM audible_sync_logs WHERE id = ?", old).size());
    }

    @Test
    void cleanupRefusesFewerThanOneDay() {
        assertThrows(SQLException.class, () -> db.row("SELECT cleanup_old_audible_sync_logs(0)"));
        assertThrows(SQLException.class, () -> db.row("SELECT cleanup_old_audible_sync_logs(-5)"));
    }

    @Test
    void notConnectedHasNoNextSlot() throws SQLException {
        assertNull(canSync().get("next_allowed_at"));
    }
}

package dev.shelfsync.tracker.sync;

import dev.shelfsync.tracker.adapter.AdapterDouble;
import dev.shelfsync.tracker.adapter.AdapterDouble.Library;
import dev.shelfsync.tracker.sync.AudibleFixtures.Connected;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static dev.shelfsync.tracker.adapter.AdapterDouble.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SyncFlowTest {

    private static final String ASIN = "B00000SYNC";

    @Inject
    AudibleFixtures fx;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    private Map<String, Object> book(long id) {
        return fx.one("SELECT status, progress, current_page, started_date, completed_date FROM books WHERE id = ?", id);
    }

    private long history(Connected u) {
        return fx.count("""
                SELECT count(*) FROM audible_progress_history h JOIN audible_book_mappings m ON m.id = h.mapping_id
                WHERE m.user_id = ? AND m.asin = ?""", u.userId(), ASIN);
    }

    @Test
    void progressHistoryIsWrittenOnlyWhenProgressChanges() {
        Connected u = fx.connectedUser();
        long id = fx.book(u.userId(), "Leviathan Wakes", "James S. A. Corey", null, "Book", 400);
        AdapterDouble.library(u.auth(), List.of(item(ASIN, "Leviathan Wakes", null, "James S. A. Corey", null, 45.0, false, null)));

        fx.sync(u);
        fx.allowNextSync(u.userId());
        var second = fx.sync(u);

        assertEquals(1, history(u));
        assertEquals(0, second.getInt("data.updated"));
        Map<String, Object> b = book(id);
        assertEquals("Reading", b.get("status"));
        assertEquals(0, new BigDecimal("45.00").compareTo((BigDecimal) b.get("progress")));
        assertEquals(180, b.get("current_page"));
        assertEquals(Date.valueOf(LocalDate.now()), b.get("started_date"));

        AdapterDouble.library(u.auth(), List.of(item(ASIN, "Leviathan Wakes", null, "James S. A. Corey", null, 60.0, false, null)));
        fx.allowNextSync(u.userId());
        assertEquals(1, fx.sync(u).getInt("data.updated"));
        assertEquals(2, history(u));
    }

    @Test
    void thePositionFollowsFromPercentageAndRuntime() {
        Connected u = fx.connectedUser();
        fx.book(u.userId(), "Leviathan Wakes", "James S. A. Corey", null, "Book", 400);
        AdapterDouble.library(u.auth(), List.of(item(ASIN, "Leviathan Wakes", null, "James S. A. Corey", null, 45.0, false, null)));

        fx.sync(u);

        // 45 % of a 600-minute title
        assertEquals(16_200L, fx.one("SELECT last_known_position_seconds FROM audible_book_mappings WHERE user_id = ?",
                u.userId()).get("last_known_position_seconds"));
        assertEquals(16_200L, fx.one("""
                SELECT h.position_seconds FROM audible_progress_history h
                JOIN audible_book_mappings m ON m.id = h.mapping_id WHERE m.user_id = ?""", u.userId()).get("position_seconds"));
    }

    @Test
    void finishingUsesAudiblesFinishDateAndARelistenNeverUncompletes() {
        Connected u = fx.connectedUser();
        long id = fx.book(u.userId(), "Project Hail Mary", "Andy Weir", null, "Audiobook", 500);
        Instant finishedAt = Instant.parse("2024-03-10T22:15:00Z");
        AdapterDouble.library(u.auth(), List.of(item(ASIN, "Project Hail Mary", null, "Andy Weir", null, 100.0, true, finishedAt)));

        fx.sync(u);
        Map<String, Object> done = book(id);
        assertEquals("Completed", done.get("status"));
        assertEquals(Date.valueOf("2024-03-10"), done.get("completed_date"));
        assertEquals(Date.valueOf("2024-03-10"), done.get("started_date"));
        assertEquals(500, done.get("current_page"));

        AdapterDouble.library(u.auth(), List.of(item(ASIN, "Project Hail Mary", null, "Andy Weir", null, 8.0, false, null)));
        fx.allowNextSync(u.userId());
        fx.sync(u);

        assertEquals(done, book(id));
        assertEquals(2, history(u));
    }

    @Test
    void datesAlreadySetAreNeverMoved() {
        Connected u = fx.connectedUser();
        long id = fx.book(u.userId(), "Dune", "Frank Herbert", null, "Book", null);
        fx.update("UPDATE books SET started_date = DATE '2023-01-05' WHERE id = ?", id);
        AdapterDouble.library(u.auth(), List.of(item(ASIN, "Dune", null, "Frank Herbert", null, 100.0, true, null)));

        fx.sync(u);

        Map<String, Object> b = book(id);
        assertEquals(Date.valueOf("2023-01-05"), b.get("started_date"));
        assertEquals(Date.valueOf(LocalDate.now()), b.get("completed_date"));
    }

    @Test
    void aMappingWithSyncDisabledLeavesTheBookAlone() {
        Connected u = fx.connectedUser();
        long id = fx.book(u.userId(), "Dune", "Frank Herbert", null, "Book", null);
        AdapterDouble.library(u.auth(), List.of(item(ASIN, "Dune", null, "Frank Herbert", null, 10.0, false, null)));
        fx.sync(u);
        fx.update("UPDATE audible_book_mappings SET sync_enabled = FALSE WHERE user_id = ?", u.userId());
        Map<String, Object> before = book(id);

        AdapterDouble.library(u.auth(), List.of(item(ASIN, "Dune", null, "Frank Herbert", null, 50.0, false, null)));
        fx.allowNextSync(u.userId());
        fx.sync(u);

        assertEquals(before, book(id));
        assertEquals(0, new BigDecimal("50.00").compareTo((BigDecimal) fx.one(
                "SELECT last_known_percentage FROM audible_book_mappings WHERE user_id = ?", u.userId())
                .get("last_known_percentage")));
    }

    @Test
    void aRefreshedAuthBlobIsStoredWithTheResults() {
        Connected u = fx.connectedUser();
        AdapterDouble.library(u.auth(), Library.of(List.of()).refreshing("refreshed-" + u.auth()));

        fx.sync(u);

        assertEquals("refreshed-" + u.auth(),
                fx.one("SELECT auth_encrypted FROM audible_config WHERE user_id = ?", u.userId()).get("auth_encrypted"));
    }

    @Test
    void audibleDownFailsTheSyncWithoutRetryingTheAdapter() {
        Connected u = fx.connectedUser();
        AdapterDouble.library(u.auth(), Library.failing(503, "audible_unavailable"));

        given().auth().oauth2(u.apiKey()).post("/api/audible/sync").then()
                .statusCode(503).body("success", equalTo(false)).body("error", equalTo("audible_unavailable"))
                .body("message", containsString("try again"));

        assertEquals(1, AdapterDouble.calls("/api/library", u.auth()), "the adapter has already retried Audible");
        Map<String, Object> log = fx.one("SELECT status, error_message FROM audible_sync_logs WHERE user_id = ?", u.userId());
        assertEquals("failed", log.get("status"));
        assertTrue(((String) log.get("error_message")).contains("Audible"));
        fx.disableSync(u.userId());
    }

    @Test
    void adapterDownFailsTheSyncAndChangesNothing() {
        Connected u = fx.connectedUser();
        long id = fx.book(u.userId(), "Dune", "Frank Herbert", null, "Book", null);
        AdapterDouble.library(u.auth(), Library.failing(500, "internal_error"));
        Map<String, Object> before = book(id);

        given().auth().oauth2(u.apiKey()).post("/api/audible/sync").then()
                .statusCode(502).body("success", equalTo(false)).body("error", equalTo("adapter_unavailable"))
                .body("message", containsString("try again"));

        assertEquals(3, AdapterDouble.calls("/api/library", u.auth()), "two retries on 5xx");
        Map<String, Object> log = fx.one("SELECT status, error_message FROM audible_sync_logs WHERE user_id = ?", u.userId());
        assertEquals("failed", log.get("status"));
        assertTrue(((String) log.get("error_message")).contains("adapter"));
        assertEquals(before, book(id));
        assertEquals(0, fx.count("SELECT count(*) FROM audible_book_mappings WHERE user_id = ?", u.userId()));
        assertNull(fx.one("SELECT last_sync_at FROM audible_config WHERE user_id = ?", u.userId()).get("last_sync_at"));
        fx.disableSync(u.userId());
    }

    @Test
    void aRejectedAuthIsNotRetried() {
        Connected u = fx.connectedUser();
        AdapterDouble.library(u.auth(), Library.failing(401, "relogin_required"));

        given().auth().oauth2(u.apiKey()).post("/api/audible/sync").then()
                .statusCode(401).body("error", equalTo("relogin_required"));

        assertEquals(1, AdapterDouble.calls("/api/library", u.auth()));
        fx.disableSync(u.userId());
    }

    @Test
    void twoConcurrentTriggersRunExactlyOneSync() {
        Connected u = fx.connectedUser();
        AdapterDouble.library(u.auth(), Library.of(List.of(item(ASIN, "Dune", null, "Frank Herbert", null, 1.0, false, null))).slow(1500));

        CompletableFuture<Response> first = CompletableFuture.supplyAsync(
                () -> given().auth().oauth2(u.apiKey()).post("/api/audible/sync"));
        CompletableFuture<Response> second = CompletableFuture.supplyAsync(
                () -> given().auth().oauth2(u.apiKey()).post("/api/audible/sync"));
        List<Integer> statuses = List.of(first.join().statusCode(), second.join().statusCode());

        assertTrue(statuses.contains(200) && (statuses.contains(409) || statuses.contains(429)), statuses.toString());
        assertEquals(1, AdapterDouble.calls("/api/library", u.auth()));
        assertEquals(1, fx.count("SELECT count(*) FROM audible_sync_logs WHERE user_id = ?", u.userId()));
    }

    @Test
    void aSecondTriggerWhileASyncRunsGets409() throws Exception {
        Connected u = fx.connectedUser();
        AdapterDouble.library(u.auth(), Library.of(List.of()).slow(2000));

        CompletableFuture<Response> running = CompletableFuture.supplyAsync(
                () -> given().auth().oauth2(u.apiKey()).post("/api/audible/sync"));
        for (int i = 0; i < 100 && fx.count("SELECT count(*) FROM audible_sync_logs WHERE user_id = ? AND status = 'running'",
                u.userId()) == 0; i++) {
            Thread.sleep(20);
        }
        given().auth().oauth2(u.apiKey()).post("/api/audible/sync").then()
                .statusCode(409).body("error", equalTo("sync_in_progress"));
        assertEquals(200, running.join().statusCode());
        assertEquals(1, AdapterDouble.calls("/api/library", u.auth()));
    }

    @Test
    void syncingTooSoonIsRateLimitedWithRetryAfter() {
        Connected u = fx.connectedUser();
        fx.sync(u);

        given().auth().oauth2(u.apiKey()).post("/api/audible/sync").then()
                .statusCode(429).header("Retry-After", notNullValue())
                .body("error", equalTo("rate_limited")).body("message", containsString("minutes ago"));
    }

    @Test
    void theDailyLimitHoldsUntilTheDayChanges() {
        Connected u = fx.connectedUser();
        fx.update("UPDATE audible_config SET daily_sync_limit = 1 WHERE user_id = ?", u.userId());
        fx.sync(u);
        fx.allowNextSync(u.userId());

        given().auth().oauth2(u.apiKey()).post("/api/audible/sync").then()
                .statusCode(429).body("message", containsString("Daily sync limit"));

        // yesterday's count: the next sync starts the day afresh
        fx.update("UPDATE audible_config SET last_reset_date = current_date - 1 WHERE user_id = ?", u.userId());
        fx.sync(u);
        assertEquals(1, fx.one("SELECT sync_count_today FROM audible_config WHERE user_id = ?", u.userId()).get("sync_count_today"));
    }

    @Test
    void syncingWithoutAConnectionIsRefused() {
        var user = fx.plainUser();
        given().auth().oauth2(user.apiKey()).post("/api/audible/sync").then()
                .statusCode(409).body("message", containsString("not connected"));
    }

    @Test
    void theSyncLogRecordsCountsAndPerTitleActions() {
        Connected u = fx.connectedUser();
        fx.book(u.userId(), "Dune", "Frank Herbert", null, "Book", null);
        AdapterDouble.library(u.auth(), List.of(
                item(ASIN, "Dune", null, "Frank Herbert", null, 10.0, false, null),
                item("B00000NONE", "Nothing Like It", null, "Nobody", null, 0.0, false, null),
                item("bad-asin", "Broken", null, "Nobody", null, 0.0, false, null)));

        var report = fx.sync(u);

        assertEquals("partial", report.getString("data.status"));
        Map<String, Object> log = fx.one("""
                SELECT sync_type, status, books_synced, books_matched, books_updated, conflicts_created, errors_count,
                       duration_ms, sync_details::text AS details FROM audible_sync_logs WHERE user_id = ?""", u.userId());
        assertEquals("manual", log.get("sync_type"));
        assertEquals(3, log.get("books_synced"));
        assertEquals(1, log.get("books_matched"));
        assertEquals(1, log.get("books_updated"));
        assertEquals(1, log.get("conflicts_created"));
        assertEquals(1, log.get("errors_count"));
        assertTrue(((String) log.get("details")).contains("\"action\": \"conflict\""), (String) log.get("details"));
        assertEquals(1, fx.one("SELECT sync_count_today FROM audible_config WHERE user_id = ?", u.userId()).get("sync_count_today"));
    }
}

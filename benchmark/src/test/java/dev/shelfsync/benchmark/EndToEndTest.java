package dev.shelfsync.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfsync.sandbox.AudibleSandbox;
import dev.shelfsync.sandbox.SandboxSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The whole chain as users run it: the tracker-api and the adapter from their packaged jars, the sandbox standing
 * in for Audible, one real PostgreSQL. The reactor packages both services before this module's tests run.
 */
class EndToEndTest {

    private static final Path ROOT = Path.of("..");
    private static final String CRON_SECRET = "e2e-cron-secret-0123456789";
    private static final String API_SECRET = "e2e-api-secret-0123456789";

    @TempDir
    static Path work;

    private static TrackerDatabase db;
    private static AudibleSandbox sandbox;
    private static ServiceProcess adapter;
    private static ServiceProcess tracker;

    @BeforeAll
    static void startEverything() {
        db = TrackerDatabase.start(work.resolve("postgres"));
        sandbox = AudibleSandbox.start(SandboxSettings.defaults());
        adapter = ServiceProcess.start("adapter", ROOT.resolve("audible-adapter/target/quarkus-app/quarkus-run.jar"),
                ROOT.resolve("deploy/jvm/audible-adapter.options"), Map.of(
                        "AUDIBLE_API_SECRET", API_SECRET,
                        "AUDIBLE_ENCRYPTION_KEYS", "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=",
                        "AUDIBLE_AMAZON_URL", sandbox.baseUrl(),
                        "AUDIBLE_AMAZON_API_URL", sandbox.baseUrl(),
                        "AUDIBLE_API_URL", sandbox.baseUrl()), work);
        tracker = startTracker("tracker-api");
    }

    private static ServiceProcess startTracker(String name) {
        return ServiceProcess.start(name, ROOT.resolve("tracker-api/target/quarkus-app/quarkus-run.jar"),
                ROOT.resolve("deploy/jvm/tracker-api.options"), Map.of(
                        "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                        "QUARKUS_DATASOURCE_USERNAME", "postgres",
                        "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                        "AUDIBLE_SERVICE_URL", adapter.baseUrl(),
                        "AUDIBLE_API_SECRET", API_SECRET,
                        "CRON_SECRET", CRON_SECRET,
                        "SHELFSYNC_SCHEDULER_ENABLED", "false"), work);
    }

    @AfterAll
    static void stopEverything() {
        for (AutoCloseable closeable : new AutoCloseable[]{tracker, adapter, sandbox, db}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }

    /** A user with the print-style demo shelf, connected to the sandbox account through the tracker's own route. */
    private static long connectedUser(String email, String apiKey) throws SQLException {
        long userId = db.createConnectedUser(email, apiKey, null);
        db.insertBooks(userId, List.of(
                new TrackerBooks.Book("Leviathan Wakes (The Expanse, #1)", "James S.A. Corey", null, "Book", 592),
                new TrackerBooks.Book("Dune", "Frank Herbert", "0593099324", "Book", 688),
                new TrackerBooks.Book("Artemis", "Andy Weir", null, "Book", 305),
                new TrackerBooks.Book("Mistborn: The Well of Ascension", "Brandon Sanderson", null, "Book", 590)));
        Http.post(tracker.baseUrl() + "/api/audible/auth", apiKey, Map.of(
                        "email", sandbox.settings().email(), "password", sandbox.settings().password(),
                        "country_code", "us"))
                .expect(200, "connect");
        return userId;
    }

    @Test
    void aSyncThroughTheRealAdapterMatchesUpdatesAndOpensConflicts() throws SQLException {
        long userId = connectedUser("reader@shelfsync.local", "ss_e2e_reader_0123456789abcdef");

        JsonNode report = Http.post(tracker.baseUrl() + "/api/audible/sync", "ss_e2e_reader_0123456789abcdef", Map.of())
                .expect(200, "sync").body().path("data");

        assertEquals(12, report.path("titles").asInt());
        assertEquals(2, report.path("matched").asInt(), "Leviathan Wakes by title, Dune by ISBN-10 against ISBN-13");
        assertEquals(10, report.path("conflicts").asInt());
        assertEquals("Reading", db.queryString("SELECT status FROM books WHERE user_id = " + userId + " AND title = 'Dune'"));
        assertEquals("12.00", db.queryString("SELECT progress FROM books WHERE user_id = " + userId + " AND title = 'Dune'"));
        assertEquals(0, db.count("""
                SELECT count(*) FROM audible_book_mappings m JOIN books b ON b.id = m.book_id
                WHERE m.user_id = %d AND b.title IN ('Artemis', 'Mistborn: The Well of Ascension')""".formatted(userId)),
                "another book by the same author, or of the same series, is never linked");
        assertEquals(1, db.count("SELECT count(*) FROM audible_conflicts WHERE user_id = " + userId
                + " AND audible_title = 'The Martian' AND NOT resolved"));
    }

    @Test
    void aRefusedPasswordReachesTheTrackerAppAsSuch() throws SQLException {
        String apiKey = "ss_e2e_wrongpw_0123456789abcdef";
        long userId = db.createConnectedUser("wrong-password@shelfsync.local", apiKey, null);

        Http.Answer answer = Http.post(tracker.baseUrl() + "/api/audible/auth", apiKey, Map.of(
                "email", sandbox.settings().email(), "password", "not-the-password", "country_code", "us"));

        assertEquals(401, answer.status());
        assertEquals("audible_login_failed", answer.body().path("error").asText());
        assertEquals(null, db.queryString("SELECT auth_encrypted FROM audible_config WHERE user_id = " + userId));
    }

    @Test
    void disconnectingReleasesTheDeviceAtAmazonAndForgetsTheTokens() throws SQLException {
        String apiKey = "ss_e2e_leaving_0123456789abcdef";
        long userId = connectedUser("leaving@shelfsync.local", apiKey);
        int devices = sandbox.registeredDeviceCount();

        Http.post(tracker.baseUrl() + "/api/audible/disconnect", apiKey, Map.of()).expect(200, "disconnect");

        assertEquals(devices - 1, sandbox.registeredDeviceCount());
        assertEquals(null, db.queryString("SELECT auth_encrypted FROM audible_config WHERE user_id = " + userId));
    }

    @Test
    void audibleDownFailsTheSyncWithAClearAnswerAndChangesNothing() throws SQLException {
        long userId = connectedUser("outage@shelfsync.local", "ss_e2e_outage_0123456789abcdef");
        sandbox.faults().failNext("/1.0/library", 503, 20, null);
        try {
            Http.Answer answer = Http.post(tracker.baseUrl() + "/api/audible/sync", "ss_e2e_outage_0123456789abcdef", Map.of());

            assertEquals(503, answer.status());
            assertEquals("audible_unavailable", answer.body().path("error").asText());
            assertEquals("failed", db.queryString("SELECT status FROM audible_sync_logs WHERE user_id = " + userId));
            assertEquals(0, db.count("SELECT count(*) FROM audible_book_mappings WHERE user_id = " + userId));
        } finally {
            sandbox.faults().clear();
        }
    }

    @Test
    void twoInstancesServingTheCronAtOnceSyncEveryUserExactlyOnce() throws Exception {
        String authBlob = db.authBlobOf(connectedUser("owner@shelfsync.local", "ss_e2e_owner_0123456789abcdef"));
        db.execute("UPDATE audible_config SET enabled = FALSE");
        List<Long> users = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            long userId = db.createConnectedUser("cron-" + u + "@shelfsync.local", "ss_e2e_cron_" + u + "_0123456789", authBlob);
            db.insertBooks(userId, List.of(new TrackerBooks.Book("Dune", "Frank Herbert", null, "Book", 688)));
            users.add(userId);
        }
        try (ServiceProcess second = startTracker("tracker-api-2")) {
            List<CompletableFuture<Http.Answer>> calls = List.of(tracker, second).stream()
                    .map(t -> CompletableFuture.supplyAsync(
                            () -> Http.get(t.baseUrl() + "/api/cron/audible-sync", CRON_SECRET).expect(200, "cron")))
                    .toList();
            int synced = calls.stream().map(CompletableFuture::join)
                    .mapToInt(a -> a.body().path("data").path("synced").asInt()).sum();

            assertEquals(users.size(), synced);
        }
        String ids = users.toString().replace('[', '(').replace(']', ')');
        assertEquals(users.size(), db.count("SELECT count(*) FROM audible_sync_logs WHERE status = 'success' AND user_id IN " + ids));
        assertEquals(users.size(), db.count("SELECT count(DISTINCT user_id) FROM audible_sync_logs WHERE user_id IN " + ids));
        assertEquals(users.size(), db.count("SELECT count(*) FROM audible_progress_history WHERE user_id IN " + ids),
                "one history row per user for Dune, none twice");
    }
}

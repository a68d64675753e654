package dev.shelfsync.tracker.sync;

import dev.shelfsync.tracker.adapter.AdapterDouble;
import dev.shelfsync.tracker.sync.AudibleFixtures.Connected;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static dev.shelfsync.tracker.adapter.AdapterDouble.item;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class SyncMetricsTest {

    @Inject
    AudibleFixtures fx;

    @Inject
    CircuitBreakerMaintenance breakers;

    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    private static String metrics() {
        return given().get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of one Prometheus series (labels in the exporter's alphabetical order), 0 when absent. */
    private static double value(String metrics, String series) {
        Matcher m = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    @Test
    void aSyncIsTimedAndCountedWithItsAdapterCall() {
        String before = metrics();
        Connected u = fx.connectedUser();
        fx.book(u.userId(), "Dune", "Frank Herbert", null, "Book", null);
        AdapterDouble.library(u.auth(), List.of(
                item("B00000MTR1", "Dune", null, "Frank Herbert", null, 10.0, false, null),
                item("B00000MTR2", "Nothing Like It", null, "Nobody", null, 0.0, false, null)));

        fx.sync(u);

        String after = metrics();
        for (String series : List.of(
                "shelfsync_sync_duration_seconds_count{status=\"success\",type=\"manual\"}",
                "shelfsync_adapter_calls_seconds_count{operation=\"library\",outcome=\"success\"}")) {
            assertEquals(1, value(after, series) - value(before, series), series);
        }
        assertEquals(2, value(after, "shelfsync_sync_titles_total{type=\"manual\"}")
                - value(before, "shelfsync_sync_titles_total{type=\"manual\"}"));
        assertEquals(1, value(after, "shelfsync_sync_conflicts_total{type=\"manual\"}")
                - value(before, "shelfsync_sync_conflicts_total{type=\"manual\"}"));
    }

    @Test
    void aRateLimitedSyncCountsARefusal() {
        Connected u = fx.connectedUser();
        fx.sync(u);
        String series = "shelfsync_sync_refusals_total{reason=\"too_soon\",type=\"manual\"}";
        double before = value(metrics(), series);

        given().auth().oauth2(u.apiKey()).post("/api/audible/sync").then().statusCode(429);

        assertEquals(1, value(metrics(), series) - before);
    }

    @Test
    void aFailedSyncIsTimedAsFailedAndItsAdapterCallAsUnavailable() {
        Connected u = fx.connectedUser();
        AdapterDouble.library(u.auth(), AdapterDouble.Library.failing(503, "audible_unavailable"));
        String before = metrics();

        given().auth().oauth2(u.apiKey()).post("/api/audible/sync").then().statusCode(503);

        String after = metrics();
        for (String series : List.of(
                "shelfsync_sync_duration_seconds_count{status=\"failed\",type=\"manual\"}",
                "shelfsync_adapter_calls_seconds_count{operation=\"library\",outcome=\"unavailable\"}")) {
            assertEquals(1, value(after, series) - value(before, series), series);
        }
        fx.disableSync(u.userId());
    }

    @Test
    void theAdapterCircuitBreakerStateIsPublished() {
        String metrics = metrics();
        assertTrue(Pattern.compile("^ft_circuitbreaker_state_total\\S*\\{[^}]*AudibleAdapterClient\\.library",
                Pattern.MULTILINE).matcher(metrics).find(), () -> metrics.lines()
                .filter(l -> l.startsWith("ft_")).limit(20).toList().toString());
    }
}

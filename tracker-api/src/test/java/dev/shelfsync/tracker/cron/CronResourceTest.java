package dev.shelfsync.tracker.cron;

import dev.shelfsync.tracker.adapter.AdapterDouble;
import dev.shelfsync.tracker.adapter.AdapterDoubleResource;
import dev.shelfsync.tracker.error.ApiException;
import dev.shelfsync.tracker.sync.AudibleFixtures;
import dev.shelfsync.tracker.sync.AudibleFixtures.Connected;
import dev.shelfsync.tracker.sync.SyncType;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.faulttolerance.api.CircuitBreakerMaintenance;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static dev.shelfsync.tracker.adapter.AdapterDouble.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

@QuarkusTest
class CronResourceTest {

    @Inject
    AudibleFixtures fx;

    @Inject
    AutoSync autoSync;

    @Inject
    CircuitBreakerMaintenance breakers;

    @BeforeEach
    @AfterEach
    void closeBreakers() {
        breakers.resetAll();
    }

    private static Map<String, Object> resultOf(JsonPath summary, long userId) {
        List<Map<String, Object>> results = summary.getList("data.results");
        return results.stream().filter(r -> ((Number) r.get("user_id")).longValue() == userId).findFirst().orElseThrow();
    }

    @Test
    void theCronNeedsItsSecret() {
        given().get("/api/cron/audible-sync").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().header("Authorization", "Bearer wrong").get("/api/cron/audible-sync").then().statusCode(401);
    }

    @Test
    void withoutAConfiguredSecretTheCronIsRefused() {
        CronResource unconfigured = new CronResource(Optional::empty, autoSync);
        ApiException e = assertThrows(ApiException.class, () -> unconfigured.run("Bearer anything"));
        assertEquals(503, e.status());
        assertEquals("cron not configured: set CRON_SECRET on tracker-api and in the cron job", e.getMessage());
    }

    @Test
    void theCronSyncsDueUsersAndRepeatedDeliveriesSkipThem() {
        Connected u = fx.connectedUser();
        AdapterDouble.library(u.auth(), List.of(item("B00000CRON", "Cron Title", null, "Nobody", null, 0.0, false, null)));

        JsonPath first = given().header("Authorization", "Bearer " + AdapterDoubleResource.CRON_SECRET)
                .get("/api/cron/audible-sync").then().statusCode(200).extract().jsonPath();
        JsonPath repeat = given().header("Authorization", "Bearer " + AdapterDoubleResource.CRON_SECRET)
                .get("/api/cron/audible-sync").then().statusCode(200).extract().jsonPath();

        assertEquals("success", resultOf(first, u.userId()).get("status"));
        assertEquals("skipped", resultOf(repeat, u.userId()).get("status"));
        assertEquals(1, AdapterDouble.calls("/api/library", u.auth()));
        assertEquals("cron", fx.one("SELECT sync_type FROM audible_sync_logs WHERE user_id = ?", u.userId()).get("sync_type"));
    }

    @Test
    void theSchedulerRunsTheSameFlow() {
        Connected u = fx.connectedUser();
        var summary = autoSync.run(SyncType.SCHEDULED);
        assertEquals("success", summary.results().stream().filter(r -> r.userId() == u.userId()).findFirst().orElseThrow().status());
        assertEquals("scheduled", fx.one("SELECT sync_type FROM audible_sync_logs WHERE user_id = ?", u.userId()).get("sync_type"));
    }
}

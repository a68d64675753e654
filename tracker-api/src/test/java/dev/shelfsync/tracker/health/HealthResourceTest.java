package dev.shelfsync.tracker.health;

import dev.shelfsync.contracts.HealthStatus;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class HealthResourceTest {

    @Test
    void healthNeedsNoKeyAndReportsEveryReadinessCheck() {
        given().get("/health").then().statusCode(200)
                .body("status", equalTo("ok"))
                .body("version", notNullValue())
                .body("uptime_seconds", greaterThanOrEqualTo(0))
                .body("checks.database", equalTo("up"))
                .body("checks.test-only", equalTo("up"))
                .body("success", nullValue());
    }

    @Test
    void readinessIncludesTheDatabase() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void onlyTheDatabaseDecidesWhetherTheServiceServes() {
        assertTrue(HealthReport.serving(new HealthStatus("degraded", "1", 1, Map.of("database", "up", "x", "down"))));
        assertFalse(HealthReport.serving(new HealthStatus("degraded", "1", 1, Map.of("database", "down"))));
    }
}

package dev.shelfsync.adapter.audible;

import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.BrowserSignIn;
import dev.shelfsync.adapter.support.SandboxResource;
import dev.shelfsync.sandbox.AudibleSandbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(SandboxResource.class)
class AudibleCallMetricsTest {

    private final AudibleSandbox sandbox = SandboxResource.sandbox();

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
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
    void libraryCallsAndTheirRetriesAreTimedByEndpointAndOutcome() {
        String auth = BrowserSignIn.login("us");
        String success = "audible_requests_seconds_count{endpoint=\"library\",outcome=\"success\"}";
        String unavailable = "audible_requests_seconds_count{endpoint=\"library\",outcome=\"unavailable\"}";
        String retries = "audible_retries_total{reason=\"unavailable\"}";
        String before = metrics();
        sandbox.faults().failNext("/1.0/library", 503, 1, null);

        Api.post("/api/library", Api.auth(auth)).statusCode(200);

        String after = metrics();
        assertTrue(value(after, success) - value(before, success) >= 1, success);
        assertEquals(1, value(after, unavailable) - value(before, unavailable), unavailable);
        assertEquals(1, value(after, retries) - value(before, retries), retries);
        assertTrue(after.contains("audible_requests_seconds_count{endpoint=\"register\",outcome=\"success\"}"));
    }

    @Test
    void logsArePlainTextUnlessShelfsyncLogJsonIsSet() {
        var json = ConfigProvider.getConfig().getConfigValue("quarkus.log.console.json.enabled");
        assertEquals("false", json.getValue());
        assertTrue(json.getRawValue().contains("SHELFSYNC_LOG_JSON"), json.getRawValue());
    }
}

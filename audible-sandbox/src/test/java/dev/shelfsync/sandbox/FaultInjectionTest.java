package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultInjectionTest extends RegisteredDeviceTest {

    private static final String LIBRARY = "/1.0/library?num_results=2";

    @BeforeEach
    void reset() {
        sandbox.faults().clear();
        sandbox.resetCounters();
    }

    @Test
    void failNextAnswers429WithRetryAfterThenRecoversAndCountsEveryAttempt() throws Exception {
        sandbox.faults().failNext("/1.0/library", 429, 2, 3);

        for (int attempt = 0; attempt < 2; attempt++) {
            HttpResponse<String> limited = client.signedGet(device, LIBRARY);
            assertEquals(429, limited.statusCode());
            assertEquals("3", limited.headers().firstValue("Retry-After").orElseThrow());
        }
        assertEquals(200, client.signedGet(device, LIBRARY).statusCode());
        assertEquals(3, sandbox.requestCount("/1.0/library"));
        assertEquals(3, sandbox.requestCount("/1.0/"));
        assertEquals(0, sandbox.requestCount("/1.0/annotations"));
    }

    @Test
    void failuresOnlyHitTheirPrefix() throws Exception {
        sandbox.faults().failNext("/auth/token", 503, 1, null);
        assertEquals(200, client.signedGet(device, LIBRARY).statusCode());
        HttpResponse<String> unavailable = client.refresh(device.refreshToken());
        assertEquals(503, unavailable.statusCode());
        assertTrue(unavailable.headers().firstValue("Retry-After").isEmpty());
        assertEquals(200, client.refresh(device.refreshToken()).statusCode());
    }

    @Test
    void delayNextSlowsTheAnswer() throws Exception {
        sandbox.faults().delayNext("/1.0/library", Duration.ofMillis(300), 1);
        long started = System.nanoTime();
        assertEquals(200, client.signedGet(device, LIBRARY).statusCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() >= 300);
        started = System.nanoTime();
        assertEquals(200, client.signedGet(device, LIBRARY).statusCode());
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 300);
    }

    @Test
    void controlEndpointsDriveTheSameMachinery() throws Exception {
        HttpResponse<String> added = client.postJson("/__sandbox/faults",
                "{\"path_prefix\":\"/1.0/library\",\"status\":500,\"times\":1}");
        assertEquals(200, added.statusCode());
        assertEquals(500, client.signedGet(device, LIBRARY).statusCode());
        assertEquals(200, client.signedGet(device, LIBRARY).statusCode());

        JsonNode stats = SandboxTestClient.JSON.readTree(client.get(client.baseUrl + "/__sandbox/stats").body());
        assertEquals(2, stats.path("requests").path("/1.0/library").asInt());
        assertEquals(1, stats.path("registered_devices").asInt());

        assertEquals(200, client.postJson("/__sandbox/faults", "{\"path_prefix\":\"/1.0/\",\"status\":429,\"times\":5,\"retry_after_seconds\":1}").statusCode());
        assertEquals(200, client.postJson("/__sandbox/reset", "").statusCode());
        assertEquals(200, client.signedGet(device, LIBRARY).statusCode(), "reset clears faults");
        assertEquals(1, sandbox.requestCount("/1.0/library"), "reset clears counters");

        assertEquals(200, client.postJson("/__sandbox/expire-tokens", "").statusCode());
        assertEquals(401, client.tokenGet(device.accessToken(), LIBRARY).statusCode());

        HttpResponse<String> generated = client.http.send(HttpRequest.newBuilder(URI.create(client.baseUrl + "/__sandbox/library"))
                .PUT(HttpRequest.BodyPublishers.ofString("{\"size\":1500,\"seed\":9}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, generated.statusCode());
        assertEquals("1500", client.signedGet(device, LIBRARY).headers().firstValue("total-count").orElseThrow());

        HttpResponse<String> replaced = client.http.send(HttpRequest.newBuilder(URI.create(client.baseUrl + "/__sandbox/library"))
                .PUT(HttpRequest.BodyPublishers.ofString("[{\"asin\":\"B0TESTTEST\",\"title\":\"Only One\"}]")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, replaced.statusCode());
        assertEquals("1", client.signedGet(device, LIBRARY).headers().firstValue("total-count").orElseThrow());

        assertEquals(400, client.postJson("/__sandbox/faults", "{\"status\":500}").statusCode());
        assertEquals(0, sandbox.requestCount("/__sandbox"), "control calls are not counted");

        assertEquals(200, client.postJson("/__sandbox/revoke-devices", "").statusCode());
        assertEquals(0, sandbox.registeredDeviceCount());
        device = client.signInAndRegister(sandbox.settings());
    }
}

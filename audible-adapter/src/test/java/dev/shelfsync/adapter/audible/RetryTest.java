package dev.shelfsync.adapter.audible;

import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.BrowserSignIn;
import dev.shelfsync.adapter.support.SandboxResource;
import dev.shelfsync.sandbox.AudibleSandbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 429/5xx are retried (3 times, backing off, honouring Retry-After), other 4xx are not. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class RetryTest {

    private final AudibleSandbox sandbox = SandboxResource.sandbox();
    private String auth;

    @BeforeEach
    void signIn() {
        auth = BrowserSignIn.login("us");
        sandbox.resetCounters();
    }

    @AfterEach
    void clearFaults() {
        sandbox.faults().clear();
    }

    @Test
    void transientServerErrorsAreRetried() {
        sandbox.faults().failNext("/1.0/library", 503, 2, null);
        Api.post("/api/library", Api.auth(auth)).statusCode(200).body("data.total", equalTo(12));
        assertEquals(3, sandbox.requestCount("/1.0/library"));
    }

    @Test
    void persistentServerErrorsEndInA503AfterThreeRetries() {
        sandbox.faults().failNext("/1.0/library", 500, 10, null);
        Api.post("/api/library", Api.auth(auth)).statusCode(503)
                .body("success", equalTo(false))
                .body("error", equalTo("audible_unavailable"));
        assertEquals(4, sandbox.requestCount("/1.0/library"));
    }

    @Test
    void retryAfterIsHonoured() {
        sandbox.faults().failNext("/1.0/library", 429, 1, 1);
        long started = System.nanoTime();
        Api.post("/api/library", Api.auth(auth)).statusCode(200);
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(2, sandbox.requestCount("/1.0/library"));
        assertTrue(elapsedMillis >= 1000, "waited only " + elapsedMillis + " ms");
    }

    @Test
    void persistentRateLimitingIsA503WithRetryAfter() {
        sandbox.faults().failNext("/1.0/library", 429, 10, 0);
        Api.post("/api/library", Api.auth(auth)).statusCode(503)
                .header("Retry-After", notNullValue())
                .body("error", equalTo("audible_rate_limited"));
        assertEquals(4, sandbox.requestCount("/1.0/library"));
    }

    @Test
    void otherClientErrorsAreNotRetried() {
        sandbox.faults().failNext("/1.0/library", 400, 1, null);
        Api.post("/api/library", Api.auth(auth)).statusCode(502).body("error", equalTo("audible_unavailable"));
        assertEquals(1, sandbox.requestCount("/1.0/library"));
    }

    @Test
    void tokenRefreshIsRetriedToo() {
        sandbox.faults().failNext("/auth/token", 502, 2, null);
        Api.post("/api/refresh-token", Api.auth(auth)).statusCode(200).body("data.auth", notNullValue());
        assertEquals(3, sandbox.requestCount("/auth/token"));
    }
}

package dev.shelfsync.adapter.library;

import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.BrowserSignIn;
import dev.shelfsync.adapter.support.SandboxResource;
import dev.shelfsync.sandbox.AudibleSandbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

@QuarkusTest
@WithTestResource(SandboxResource.class)
class LibraryTest {

    private final AudibleSandbox sandbox = SandboxResource.sandbox();

    @AfterEach
    void restoreTheDemoLibrary() {
        sandbox.generateLibrary(12, 42);
        sandbox.faults().clear();
    }

    @Test
    void returnsNormalisedItemsAndNoAuthWhenNothingWasRefreshed() {
        String auth = BrowserSignIn.login("us");
        Api.post("/api/library", Api.auth(auth)).statusCode(200)
                .body("success", equalTo(true))
                .body("data.total", equalTo(12))
                .body("data.items.size()", equalTo(12))
                .body("data.items", everyItem(hasKey("asin")))
                .body("data.items", everyItem(hasKey("title")))
                .body("data.items", everyItem(hasKey("authors")))
                .body("data.items", everyItem(hasKey("runtime_minutes")))
                .body("data.auth", nullValue());
    }

    @Test
    void pagesThroughALibraryBeyondAThousandTitles() {
        String auth = BrowserSignIn.login("us");
        sandbox.generateLibrary(2500, 7);
        sandbox.resetCounters();

        List<String> asins = Api.post("/api/library", Api.auth(auth)).statusCode(200)
                .body("data.total", equalTo(2500))
                .extract().path("data.items.asin");

        assertEquals(2500, asins.size());
        assertEquals(2500, new HashSet<>(asins).size());
        assertEquals(3, sandbox.requestCount("/1.0/library"));
    }

    @Test
    void anExpiredAccessTokenIsRefreshedAndTheNewAuthReturned() {
        String auth = BrowserSignIn.login("us");
        sandbox.expireAccessTokens();
        sandbox.resetCounters();

        String newAuth = Api.post("/api/library", Api.auth(auth)).statusCode(200)
                .body("data.items.size()", equalTo(12))
                .body("data.auth", notNullValue())
                .extract().path("data.auth");

        assertNotEquals(auth, newAuth);
        assertEquals(1, sandbox.requestCount("/auth/token"));
        Api.post("/api/library", Api.auth(newAuth)).statusCode(200).body("data.auth", nullValue());
    }

    @Test
    void concurrentCallsWithAnExpiredTokenRefreshOnce() throws Exception {
        String auth = BrowserSignIn.login("us");
        sandbox.expireAccessTokens();
        sandbox.resetCounters();

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<ExtractableResponse<Response>>> calls = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                calls.add(() -> Api.given().body(Map.of("auth", auth)).post("/api/library").then().extract());
            }
            for (Future<ExtractableResponse<Response>> call : pool.invokeAll(calls)) {
                assertEquals(200, call.get().statusCode());
                assertNotNull(call.get().path("data.auth"));
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, sandbox.requestCount("/auth/token"));
    }

    @Test
    void progressOfOneTitle() {
        String auth = BrowserSignIn.login("us");
        List<Map<String, Object>> items = Api.post("/api/library", Api.auth(auth)).statusCode(200)
                .extract().path("data.items");
        Map<String, Object> finished = items.stream().filter(i -> Boolean.TRUE.equals(i.get("is_finished")))
                .findFirst().orElse(items.get(0));
        String asin = (String) finished.get("asin");

        Api.post("/api/progress/" + asin, Api.auth(auth)).statusCode(200)
                .body("success", equalTo(true))
                .body("data.asin", equalTo(asin))
                .body("data.is_finished", equalTo(finished.get("is_finished")));
    }
}

package dev.shelfsync.deploy;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs deploy/cron/audible-sync-cron.sh with sh and curl against a local stand-in of the tracker-api. */
class CronScriptTest {

    private static final String SCRIPT = "deploy/cron/audible-sync-cron.sh";
    private static final String SECRET = "cron-Secret-4f1d9a7b+/=";
    private static final String SUMMARY = "{\"success\":true,\"data\":{\"users_due\":2,\"synced\":2,\"failed\":0}}";

    private HttpServer server;
    private final AtomicInteger status = new AtomicInteger(200);
    private final AtomicReference<String> body = new AtomicReference<>(SUMMARY);
    private final AtomicReference<String> seenPath = new AtomicReference<>();
    private final AtomicReference<String> seenMethod = new AtomicReference<>();

    record Run(int exitCode, String stdout, String stderr) {
        String all() {
            return stdout + stderr;
        }
    }

    @BeforeAll
    static void needsShAndCurl() throws Exception {
        boolean available;
        try {
            Process probe = new ProcessBuilder("sh", "-c", "command -v curl").redirectErrorStream(true).start();
            available = probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        } catch (IOException e) {
            available = false;
        }
        assumeTrue(available, () -> ComposeFileTest.report("sh or curl not installed; the cron script was not run"));
    }

    @BeforeEach
    void startTrackerApiStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            seenPath.set(exchange.getRequestURI().getPath());
            seenMethod.set(exchange.getRequestMethod());
            boolean authorized = ("Bearer " + SECRET).equals(exchange.getRequestHeaders().getFirst("Authorization"));
            int code = authorized ? status.get() : 401;
            byte[] answer = (authorized ? body.get() : "{\"success\":false,\"error\":\"unauthorized\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(code, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private Run run(Map<String, String> environment) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("sh", Repo.path(SCRIPT).toString());
        builder.environment().keySet().removeIf(k -> !List.of("PATH", "HOME", "TMPDIR").contains(k));
        builder.environment().putAll(environment);
        Process process = builder.start();
        process.getOutputStream().close();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> drain(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> drain(process.getErrorStream()));
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "cron script did not finish within 60 s");
        return new Run(process.exitValue(), out.get(10, TimeUnit.SECONDS), err.get(10, TimeUnit.SECONDS));
    }

    private static String drain(InputStream stream) {
        try (stream) {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    @Test
    void printsTheSummaryAndSucceedsOn200() throws Exception {
        Run run = run(Map.of("TRACKER_API_URL", baseUrl() + "/", "CRON_SECRET", SECRET));
        assertEquals(0, run.exitCode(), run.all());
        assertTrue(run.stdout().contains(SUMMARY), "summary not printed: " + run.all());
        assertEquals("/api/cron/audible-sync", seenPath.get());
        assertEquals("GET", seenMethod.get());
        assertFalse(run.all().contains(SECRET), "secret printed");
    }

    @Test
    void failsWhenTheSecretIsRejected() throws Exception {
        Run run = run(Map.of("TRACKER_API_URL", baseUrl(), "CRON_SECRET", SECRET + "-wrong"));
        assertNotEquals(0, run.exitCode(), run.all());
        assertTrue(run.stderr().contains("401"), run.all());
        assertFalse(run.all().contains(SECRET), "secret printed");
    }

    @Test
    void failsOnAServerError() throws Exception {
        status.set(503);
        body.set("{\"success\":false,\"error\":\"database unavailable\"}");
        Run run = run(Map.of("TRACKER_API_URL", baseUrl(), "CRON_SECRET", SECRET));
        assertNotEquals(0, run.exitCode(), run.all());
        assertTrue(run.stderr().contains("503") && run.stderr().contains("database unavailable"), run.all());
        assertFalse(run.all().contains(SECRET), "secret printed");
    }

    @Test
    void failsWhenTheEnvelopeReportsFailure() throws Exception {
        body.set("{\"success\": false, \"error\": \"sync failed\"}");
        Run run = run(Map.of("TRACKER_API_URL", baseUrl(), "CRON_SECRET", SECRET));
        assertNotEquals(0, run.exitCode(), run.all());
    }

    @Test
    void failsWhenNothingListens() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Run run = run(Map.of("TRACKER_API_URL", "http://127.0.0.1:" + port, "CRON_SECRET", SECRET,
                "CRON_TIMEOUT_SECONDS", "10"));
        assertNotEquals(0, run.exitCode(), run.all());
        assertTrue(run.stderr().contains("request failed"), run.all());
        assertFalse(run.all().contains(SECRET), "secret printed");
    }

    @Test
    void refusesToRunWithoutItsSettings() throws Exception {
        Run noSecret = run(Map.of("TRACKER_API_URL", baseUrl()));
        assertNotEquals(0, noSecret.exitCode());
        assertTrue(noSecret.stderr().contains("CRON_SECRET is not set"), noSecret.all());
        Run noUrl = run(Map.of("CRON_SECRET", SECRET));
        assertNotEquals(0, noUrl.exitCode());
        assertTrue(noUrl.stderr().contains("TRACKER_API_URL is not set"), noUrl.all());
        assertFalse(noUrl.all().contains(SECRET), "secret printed");
        assertEquals(null, seenPath.get(), "no request expected");
    }
}

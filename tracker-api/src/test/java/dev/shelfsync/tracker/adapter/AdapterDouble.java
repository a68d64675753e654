package dev.shelfsync.tracker.adapter;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.AuthResult;
import dev.shelfsync.contracts.adapter.DeregisterResult;
import dev.shelfsync.contracts.adapter.LibraryItem;
import dev.shelfsync.contracts.adapter.LibraryResult;
import dev.shelfsync.contracts.adapter.LoginUrlResult;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A REST-level stand-in for the audible-adapter, one per test run. Answers are programmed per auth blob, so
 * every test works with its own users without touching another test's. Password logins succeed with the auth
 * blob {@code auth-<email>}; e-mails containing {@code otp} need an OTP, {@code captcha} need the browser.
 */
public final class AdapterDouble {

    public static final String SECRET = "test-secret";

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** How the adapter answers a library call for one auth blob. */
    public record Library(List<LibraryItem> items, String refreshedAuth, long delayMs, int failStatus, String failCode) {
        public static Library of(List<LibraryItem> items) {
            return new Library(items, null, 0, 0, null);
        }

        public Library refreshing(String auth) {
            return new Library(items, auth, delayMs, failStatus, failCode);
        }

        public Library slow(long ms) {
            return new Library(items, refreshedAuth, ms, failStatus, failCode);
        }

        public static Library failing(int status, String code) {
            return new Library(List.of(), null, 0, status, code);
        }
    }

    private static final Map<String, Library> LIBRARIES = new ConcurrentHashMap<>();
    private static final Map<String, int[]> DEREGISTER_FAILURES = new ConcurrentHashMap<>();
    private static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();
    private static final Map<String, String> SECRETS_SEEN = new ConcurrentHashMap<>();
    private static HttpServer server;

    private AdapterDouble() {
    }

    static synchronized String start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/", AdapterDouble::handle);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
        }
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public static void library(String auth, Library library) {
        LIBRARIES.put(auth, library);
    }

    public static void library(String auth, List<LibraryItem> items) {
        library(auth, Library.of(items));
    }

    /** Every deregistration of {@code auth} answers with this status and error code. */
    public static void deregisterFails(String auth, int status) {
        DEREGISTER_FAILURES.put(auth, new int[] {status});
    }

    /** How many times {@code path} was called for {@code key} (an auth blob, or an e-mail for logins). */
    public static int calls(String path, String key) {
        AtomicInteger n = CALLS.get(path + " " + key);
        return n == null ? 0 : n.get();
    }

    public static String lastSecret() {
        return SECRETS_SEEN.get("last");
    }

    public static String authFor(String email) {
        return "auth-" + email;
    }

    public static LibraryItem item(String asin, String title, String subtitle, String author, String isbn,
                                   Double percent, Boolean finished, Instant finishedAt) {
        return new LibraryItem(asin, title, subtitle, author == null ? List.of() : List.of(author), List.of(), List.of(),
                isbn, 600, percent, finished, finishedAt, null, "english", null);
    }

    private static void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String secret = exchange.getRequestHeaders().getFirst("X-API-Secret");
            SECRETS_SEEN.put("last", secret == null ? "" : secret);
            if (path.equals("/health")) {
                send(exchange, 200, Map.of("status", "ok"));
                return;
            }
            if (!SECRET.equals(secret)) {
                send(exchange, 401, ApiResponse.failure("unauthorized", "bad secret"));
                return;
            }
            JsonNode body = JSON.readTree(exchange.getRequestBody());
            switch (path) {
                case "/api/auth/login-url" -> send(exchange, 200, ApiResponse.ok(new LoginUrlResult(
                        "https://www.amazon.test/ap/signin?cc=" + text(body, "country_code"), "state-123")));
                case "/api/auth" -> login(exchange, body);
                case "/api/library" -> library(exchange, text(body, "auth"));
                case "/api/deregister" -> deregister(exchange, text(body, "auth"));
                default -> send(exchange, 404, ApiResponse.failure("not_found", path));
            }
        }
    }

    private static void login(HttpExchange exchange, JsonNode body) throws IOException {
        String email = text(body, "email");
        count("/api/auth", email);
        if (text(body, "redirect_url") != null) {
            send(exchange, 200, ApiResponse.ok(new AuthResult("auth-" + text(body, "login_state"),
                    Instant.parse("2030-01-01T00:00:00Z"), "Browser Listener", text(body, "country_code"))));
        } else if (email.contains("captcha")) {
            send(exchange, 428, ApiResponse.failure("browser_login_required", "Amazon wants a CAPTCHA",
                    new LoginUrlResult("https://www.amazon.test/ap/signin", "state-captcha")));
        } else if (email.contains("otp") && text(body, "otp_code") == null) {
            send(exchange, 401, ApiResponse.failure("otp_required", "Enter the code from your authenticator app"));
        } else if ("wrong".equals(text(body, "password"))) {
            send(exchange, 401, ApiResponse.failure("audible_login_failed", "Amazon did not accept the sign-in"));
        } else {
            send(exchange, 200, ApiResponse.ok(new AuthResult(authFor(email), Instant.parse("2030-01-01T00:00:00Z"),
                    "Listener", text(body, "country_code"))));
        }
    }

    private static void library(HttpExchange exchange, String auth) throws IOException {
        count("/api/library", auth);
        Library library = LIBRARIES.getOrDefault(auth, Library.of(List.of()));
        if (library.delayMs() > 0) {
            try {
                Thread.sleep(library.delayMs());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (library.failStatus() > 0) {
            send(exchange, library.failStatus(), ApiResponse.failure(library.failCode(), "programmed failure"));
            return;
        }
        send(exchange, 200, ApiResponse.ok(new LibraryResult(library.items(), library.items().size(),
                library.refreshedAuth())));
    }

    private static void deregister(HttpExchange exchange, String auth) throws IOException {
        count("/api/deregister", auth);
        int[] failure = DEREGISTER_FAILURES.get(auth);
        if (failure != null) {
            String code = failure[0] >= 500 ? "audible_unavailable" : "relogin_required";
            send(exchange, failure[0], ApiResponse.failure(code, "programmed failure"));
            return;
        }
        send(exchange, 200, ApiResponse.ok(new DeregisterResult(true)));
    }

    private static void count(String path, String key) {
        CALLS.computeIfAbsent(path + " " + key, k -> new AtomicInteger()).incrementAndGet();
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body == null ? null : body.get(field);
        return node == null || node.isNull() ? null : node.asText();
    }

    private static void send(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}

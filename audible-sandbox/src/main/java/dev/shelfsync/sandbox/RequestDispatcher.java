package dev.shelfsync.sandbox;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The single HTTP entry point: counts the request, applies injected delays and failures, routes it and writes
 * the answer. Requests under {@link #CONTROL_PREFIX} are neither counted nor subject to faults.
 */
final class RequestDispatcher implements HttpHandler {

    static final String CONTROL_PREFIX = "/__sandbox/";

    private static final Logger LOG = Logger.getLogger(RequestDispatcher.class.getName());

    /** A route's code. */
    @FunctionalInterface
    interface Route {
        SandboxResponse handle(SandboxRequest request) throws Exception;
    }

    private record PrefixRoute(String method, String prefix, Route route) {
    }

    private final Map<String, Route> exactRoutes = new HashMap<>();
    private final List<PrefixRoute> prefixRoutes = new ArrayList<>();
    private final RequestCounters counters;
    private final SandboxFaults faults;

    RequestDispatcher(RequestCounters counters, SandboxFaults faults) {
        this.counters = counters;
        this.faults = faults;
    }

    RequestDispatcher on(String method, String path, Route route) {
        exactRoutes.put(method + " " + path, route);
        return this;
    }

    RequestDispatcher onPrefix(String method, String prefix, Route route) {
        prefixRoutes.add(new PrefixRoute(method, prefix, route));
        return this;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            SandboxRequest request = SandboxRequest.read(exchange);
            write(exchange, answer(request));
        } catch (RuntimeException | IOException e) {
            LOG.log(Level.FINE, "request failed", e);
        }
    }

    private SandboxResponse answer(SandboxRequest request) {
        boolean control = request.path().startsWith(CONTROL_PREFIX);
        if (!control) {
            counters.record(request.path());
            sleep(faults.takeDelay(request.path()));
            SandboxFaults.Failure failure = faults.takeFailure(request.path());
            if (failure != null) {
                return injectedFailure(failure);
            }
        }
        Route route = find(request);
        if (route == null) {
            return JsonResponses.message(404, "Resource not found: " + request.method() + " " + request.path());
        }
        try {
            return route.handle(request);
        } catch (BadRequestException e) {
            return JsonResponses.message(400, e.getMessage());
        } catch (Exception e) {
            LOG.log(Level.WARNING, "handler failed for " + request.path(), e);
            return JsonResponses.message(500, "The server has encountered a runtime error.");
        }
    }

    private Route find(SandboxRequest request) {
        Route exact = exactRoutes.get(request.method() + " " + request.path());
        if (exact != null) {
            return exact;
        }
        for (PrefixRoute candidate : prefixRoutes) {
            if (candidate.method().equals(request.method()) && request.path().startsWith(candidate.prefix())) {
                return candidate.route();
            }
        }
        return null;
    }

    private static SandboxResponse injectedFailure(SandboxFaults.Failure failure) {
        String message = switch (failure.status()) {
            case 429 -> "Rate exceeded";
            case 503 -> "Service Unavailable";
            default -> "The server has encountered a runtime error.";
        };
        SandboxResponse response = JsonResponses.message(failure.status(), message);
        if (failure.retryAfterSeconds() != null) {
            response = response.withHeader("Retry-After", String.valueOf(failure.retryAfterSeconds()));
        }
        return response;
    }

    private static void sleep(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void write(HttpExchange exchange, SandboxResponse response) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", response.contentType());
        exchange.getResponseHeaders().set("x-amzn-requestid", UUID.randomUUID().toString());
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = response.body();
        boolean noBody = body.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.status(), noBody ? -1 : body.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }
}

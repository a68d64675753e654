package dev.shelfsync.sandbox;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One received request, with the body read up front and the raw request target kept for signature checks. */
final class SandboxRequest {

    private final String method;
    private final String path;
    private final String rawPathAndQuery;
    private final Map<String, String> query;
    private final Headers headers;
    private final byte[] body;

    private SandboxRequest(String method, URI uri, Headers headers, byte[] body) {
        this.method = method.toUpperCase(Locale.ROOT);
        this.path = uri.getPath() == null ? "/" : uri.getPath();
        this.rawPathAndQuery = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
        this.query = parseUrlEncoded(uri.getRawQuery());
        this.headers = headers;
        this.body = body;
    }

    static SandboxRequest read(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            return new SandboxRequest(exchange.getRequestMethod(), exchange.getRequestURI(),
                    exchange.getRequestHeaders(), in.readAllBytes());
        }
    }

    /** A request built in-process (same parsing as a received one). */
    static SandboxRequest of(String method, String rawTarget, Headers headers, String body) {
        return new SandboxRequest(method, URI.create(rawTarget), headers, body.getBytes(StandardCharsets.UTF_8));
    }

    String method() {
        return method;
    }

    String path() {
        return path;
    }

    /** Path and query exactly as they came on the wire (still percent-encoded). */
    String rawPathAndQuery() {
        return rawPathAndQuery;
    }

    /** Decoded query parameters; the first value wins. */
    Map<String, String> query() {
        return query;
    }

    String queryParam(String name) {
        return query.get(name);
    }

    String header(String name) {
        return headers.getFirst(name);
    }

    byte[] body() {
        return body;
    }

    String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The body read as {@code application/x-www-form-urlencoded}; the first value wins. */
    Map<String, String> form() {
        return parseUrlEncoded(bodyText());
    }

    String cookie(String name) {
        for (String header : headers.getOrDefault("Cookie", List.of())) {
            for (String part : header.split(";")) {
                int eq = part.indexOf('=');
                if (eq > 0 && part.substring(0, eq).trim().equals(name)) {
                    return part.substring(eq + 1).trim();
                }
            }
        }
        return null;
    }

    static Map<String, String> parseUrlEncoded(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String key = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            values.putIfAbsent(key, value);
        }
        return values;
    }

    private static String decode(String value) {
        try {
            return URLDecoder.decode(value, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return value;
        }
    }
}

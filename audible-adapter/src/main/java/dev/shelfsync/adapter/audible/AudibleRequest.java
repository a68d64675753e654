package dev.shelfsync.adapter.audible;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A call to the Audible API. The encoded path and query are built once here, and exactly that text is both signed
 * and sent, so no HTTP library gets a chance to re-encode it.
 */
public record AudibleRequest(String method, String path, Map<String, String> query, String body) {

    public static AudibleRequest get(String path, Map<String, String> query) {
        return new AudibleRequest("GET", path, new LinkedHashMap<>(query), null);
    }

    /** Path plus {@code ?query}, percent-encoded; commas stay literal as Audible's own clients send them. */
    public String pathAndQuery() {
        if (query == null || query.isEmpty()) {
            return path;
        }
        return path + "?" + query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8)
                .replace("+", "%20")
                .replace("%2C", ",");
    }
}

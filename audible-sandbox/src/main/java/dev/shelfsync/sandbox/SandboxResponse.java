package dev.shelfsync.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a handler answers; written to the wire by {@link RequestDispatcher}. */
record SandboxResponse(int status, String contentType, byte[] body, Map<String, String> headers) {

    static final String JSON = "application/json;charset=UTF-8";
    static final String HTML = "text/html;charset=UTF-8";

    static SandboxResponse json(int status, byte[] body) {
        return new SandboxResponse(status, JSON, body, new LinkedHashMap<>());
    }

    static SandboxResponse html(int status, String page) {
        return new SandboxResponse(status, HTML, page.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    }

    static SandboxResponse of(int status, String contentType, String body) {
        return new SandboxResponse(status, contentType, body.getBytes(StandardCharsets.UTF_8), new LinkedHashMap<>());
    }

    static SandboxResponse redirect(String location) {
        return new SandboxResponse(302, HTML, new byte[0], new LinkedHashMap<>()).withHeader("Location", location);
    }

    SandboxResponse withHeader(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new SandboxResponse(status, contentType, body, copy);
    }
}

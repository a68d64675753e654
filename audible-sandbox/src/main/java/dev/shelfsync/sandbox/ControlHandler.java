package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;

/** The {@code /__sandbox/*} control endpoints: the HTTP face of the {@link AudibleSandbox} test API. */
final class ControlHandler {

    private final AudibleSandbox sandbox;

    ControlHandler(AudibleSandbox sandbox) {
        this.sandbox = sandbox;
    }

    void register(RequestDispatcher dispatcher) {
        String p = RequestDispatcher.CONTROL_PREFIX;
        dispatcher.on("POST", p + "faults", this::addFault)
                .on("DELETE", p + "faults", request -> done(() -> sandbox.faults().clear()))
                .on("POST", p + "expire-tokens", request -> done(sandbox::expireAccessTokens))
                .on("POST", p + "revoke-devices", request -> done(sandbox::revokeDevices))
                .on("POST", p + "reset", request -> done(sandbox::reset))
                .on("POST", p + "challenge", this::setChallenge)
                .on("GET", p + "stats", this::stats)
                .on("PUT", p + "library", this::replaceLibrary);
    }

    /** {@code {path_prefix, status, times, retry_after_seconds?, delay_ms?}}; status may be omitted for a pure delay. */
    private SandboxResponse addFault(SandboxRequest request) {
        JsonNode body = json(request);
        String prefix = body.path("path_prefix").asText(null);
        int times = body.path("times").asInt(1);
        int status = body.path("status").asInt(0);
        long delayMs = body.path("delay_ms").asLong(0);
        if (prefix == null || (status == 0 && delayMs <= 0)) {
            throw new BadRequestException("path_prefix and status (or delay_ms) are required");
        }
        try {
            if (delayMs > 0) {
                sandbox.faults().delayNext(prefix, Duration.ofMillis(delayMs), times);
            }
            if (status != 0) {
                JsonNode retryAfter = body.path("retry_after_seconds");
                sandbox.faults().failNext(prefix, status, times, retryAfter.isNumber() ? retryAfter.asInt() : null);
            }
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        return done(() -> { });
    }

    private SandboxResponse setChallenge(SandboxRequest request) {
        String value = json(request).path("challenge").asText("");
        try {
            sandbox.setChallenge(SignInChallenge.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("challenge must be one of NONE, CAPTCHA, APPROVAL, CVF_CODE");
        }
        return done(() -> { });
    }

    private SandboxResponse stats(SandboxRequest request) {
        ObjectNode body = JsonResponses.object();
        body.set("requests", JsonResponses.MAPPER.valueToTree(sandbox.requestCounts()));
        body.put("registered_devices", sandbox.registeredDeviceCount());
        body.put("library_size", sandbox.librarySize());
        body.put("challenge", sandbox.challenge().name());
        return JsonResponses.ok(body);
    }

    /** Body: a JSON array of library items, or {@code {"size": N, "seed": S}} to generate one. */
    private SandboxResponse replaceLibrary(SandboxRequest request) {
        JsonNode body = json(request);
        if (body.isObject() && body.has("size")) {
            int size = body.path("size").asInt(-1);
            if (size < 0) {
                throw new BadRequestException("size must be a non-negative number");
            }
            sandbox.generateLibrary(size, body.path("seed").asLong(SandboxSettings.DEFAULT_LIBRARY_SEED));
        } else {
            try {
                sandbox.setLibrary(LibrarySources.fromJson(body));
            } catch (IllegalArgumentException e) {
                throw new BadRequestException(e.getMessage());
            }
        }
        return JsonResponses.ok(JsonResponses.object().put("library_size", sandbox.librarySize()));
    }

    private static JsonNode json(SandboxRequest request) {
        try {
            JsonNode body = JsonResponses.MAPPER.readTree(request.body());
            if (body == null || body.isMissingNode()) {
                throw new BadRequestException("a JSON body is required");
            }
            return body;
        } catch (IOException e) {
            throw new BadRequestException("the body is not valid JSON");
        }
    }

    private static SandboxResponse done(Runnable action) {
        action.run();
        return JsonResponses.ok(JsonResponses.object().put("ok", true));
    }
}

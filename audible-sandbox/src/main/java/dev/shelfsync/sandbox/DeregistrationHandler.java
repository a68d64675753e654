package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.UUID;

/** {@code POST /auth/deregister}: removes this device (or all devices of the account) and revokes its tokens. */
final class DeregistrationHandler {

    private final DeviceRegistry devices;

    DeregistrationHandler(DeviceRegistry devices) {
        this.devices = devices;
    }

    void register(RequestDispatcher dispatcher) {
        dispatcher.on("POST", "/auth/deregister", this::handle);
    }

    private SandboxResponse handle(SandboxRequest request) {
        DeviceRegistry.TokenCheck check = devices.checkAccessToken(accessToken(request));
        if (check.state() == DeviceRegistry.TokenState.EXPIRED) {
            return JsonResponses.registrationError(401, "Unauthorized", "The access token has expired.");
        }
        if (check.state() != DeviceRegistry.TokenState.VALID) {
            return JsonResponses.registrationError(401, "Unauthorized", "The request requires a valid access token.");
        }
        boolean all;
        try {
            JsonNode body = request.body().length == 0 ? null : JsonResponses.MAPPER.readTree(request.body());
            all = body != null && body.path("deregister_all_existing_accounts").asBoolean(false);
        } catch (IOException e) {
            return JsonResponses.registrationError(400, "InvalidValue", "The request body is not valid JSON.");
        }
        if (all) {
            devices.revokeAll();
        } else {
            devices.deregister(check.device());
        }
        ObjectNode answer = JsonResponses.object();
        answer.putObject("response").putObject("success");
        answer.put("request_id", UUID.randomUUID().toString());
        return JsonResponses.ok(answer);
    }

    static String accessToken(SandboxRequest request) {
        String token = request.header("x-amz-access-token");
        if (token != null) {
            return token.trim();
        }
        String authorization = request.header("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7).trim();
        }
        return null;
    }
}

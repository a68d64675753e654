package dev.shelfsync.sandbox;

import java.util.Map;
import java.util.Optional;

/** {@code POST /auth/token}: a fresh access token for a refresh token (form-urlencoded, like Amazon). */
final class TokenHandler {

    private final DeviceRegistry devices;

    TokenHandler(DeviceRegistry devices) {
        this.devices = devices;
    }

    void register(RequestDispatcher dispatcher) {
        dispatcher.on("POST", "/auth/token", this::handle);
    }

    private SandboxResponse handle(SandboxRequest request) {
        Map<String, String> form = request.form();
        if (!"access_token".equals(form.get("requested_token_type"))
                || !"refresh_token".equals(form.get("source_token_type"))) {
            return JsonResponses.oauthError(400, "invalid_request",
                    "requested_token_type must be access_token and source_token_type refresh_token");
        }
        String sourceToken = form.get("source_token");
        if (sourceToken == null || sourceToken.isEmpty()) {
            return JsonResponses.oauthError(400, "invalid_request", "The request is missing source_token");
        }
        Optional<DeviceRegistry.AccessGrant> grant = devices.refresh(sourceToken);
        if (grant.isEmpty()) {
            return JsonResponses.oauthError(400, "invalid_grant", "The request has an invalid grant parameter : source_token");
        }
        return JsonResponses.ok(JsonResponses.object()
                .put("access_token", grant.get().token())
                .put("token_type", "bearer")
                .put("expires_in", devices.accessTokenTtl().toSeconds()));
    }
}

package dev.shelfsync.sandbox;

import java.util.Optional;

/**
 * Authentication of {@code /1.0/*} calls: a signed request (403 when wrong) or {@code x-amz-access-token}
 * (401 when unknown or expired).
 */
final class ApiAuthenticator {

    private final RequestSignatureVerifier signatures;
    private final DeviceRegistry devices;

    ApiAuthenticator(RequestSignatureVerifier signatures, DeviceRegistry devices) {
        this.signatures = signatures;
        this.devices = devices;
    }

    /** Empty when the request may proceed, else the error answer. */
    Optional<SandboxResponse> reject(SandboxRequest request) {
        if (RequestSignatureVerifier.isSigned(request)) {
            return signatures.rejectionReason(request)
                    .map(reason -> JsonResponses.json(403, JsonResponses.object()
                            .put("message", "Request could not be authenticated")
                            .put("reason", reason)));
        }
        String accessToken = request.header("x-amz-access-token");
        if (accessToken != null) {
            return switch (devices.checkAccessToken(accessToken.trim()).state()) {
                case VALID -> Optional.empty();
                case EXPIRED -> Optional.of(JsonResponses.message(401, "Access token has expired"));
                case UNKNOWN -> Optional.of(JsonResponses.message(401, "Invalid access token"));
            };
        }
        if (request.header("Authorization") != null && request.header("client-id") != null) {
            return Optional.of(JsonResponses.message(400, "token does not correspond to the specified Client-ID"));
        }
        return Optional.of(JsonResponses.message(403, "Request could not be authenticated"));
    }

    /** Wraps a route so that it runs only for authenticated requests. */
    RequestDispatcher.Route protect(RequestDispatcher.Route route) {
        return request -> {
            Optional<SandboxResponse> rejection = reject(request);
            return rejection.isPresent() ? rejection.get() : route.handle(request);
        };
    }
}

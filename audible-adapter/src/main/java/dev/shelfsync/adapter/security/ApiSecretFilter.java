package dev.shelfsync.adapter.security;

import dev.shelfsync.adapter.config.AudibleConfig;
import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.ErrorCodes;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Every {@code /api} call must carry the shared secret in {@code X-API-Secret}. Compared in constant time; an
 * adapter without a configured secret (possible only in dev/test) rejects every call.
 */
public class ApiSecretFilter {

    static final String HEADER = "X-API-Secret";

    private final byte[] secret;

    public ApiSecretFilter(AudibleConfig config) {
        this.secret = config.apiSecret().filter(s -> !s.isBlank())
                .map(s -> s.getBytes(StandardCharsets.UTF_8)).orElse(null);
    }

    @ServerRequestFilter
    public Optional<Response> requireSecret(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.equals("/api") && !path.startsWith("/api/")) {
            return Optional.empty();
        }
        String presented = request.getHeaderString(HEADER);
        if (secret != null && presented != null
                && MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON)
                .entity(ApiResponse.failure(ErrorCodes.UNAUTHORIZED,
                        presented == null ? "Missing " + HEADER + " header." : "Wrong " + HEADER + " header."))
                .build());
    }
}

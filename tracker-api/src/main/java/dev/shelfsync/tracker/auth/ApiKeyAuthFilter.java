package dev.shelfsync.tracker.auth;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.ErrorCodes;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.List;
import java.util.Optional;

/**
 * Every {@code /api/**} route but the cron endpoint needs {@code Authorization: Bearer <api key>}; the key
 * names the user for the rest of the request ({@link CurrentUser}).
 */
public class ApiKeyAuthFilter {

    private static final String BEARER = "Bearer ";

    private final EntityManager em;
    private final CurrentUser currentUser;

    public ApiKeyAuthFilter(EntityManager em, CurrentUser currentUser) {
        this.em = em;
        this.currentUser = currentUser;
    }

    @ServerRequestFilter
    public Optional<Response> authenticate(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || path.startsWith("/api/cron/")) {
            return Optional.empty();
        }
        Optional<Long> userId = bearerToken(request).flatMap(this::userOwning);
        if (userId.isEmpty()) {
            return Optional.of(Response.status(Response.Status.UNAUTHORIZED)
                    .type(MediaType.APPLICATION_JSON_TYPE)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                    .entity(ApiResponse.failure(ErrorCodes.UNAUTHORIZED,
                            "Send a valid API key as 'Authorization: Bearer <key>'"))
                    .build());
        }
        currentUser.authenticate(userId.get());
        return Optional.empty();
    }

    static Optional<String> bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    private Optional<Long> userOwning(String key) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Number> ids = em.createNativeQuery("""
                            UPDATE api_keys SET last_used_at = now()
                            WHERE key_hash = :h AND revoked_at IS NULL RETURNING user_id""")
                    .setParameter("h", ApiKeys.hash(key))
                    .getResultList();
            return ids.stream().findFirst().map(Number::longValue);
        });
    }
}

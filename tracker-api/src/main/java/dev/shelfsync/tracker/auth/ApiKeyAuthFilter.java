package dev.shelfsync.tracker.auth;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.ErrorCodes;
import io.quarkus.runtime.BlockingOperationControl;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import io.vertx.mutiny.core.Vertx;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import java.util.Optional;

/**
 * Every {@code /api/**} route but the cron endpoint needs {@code Authorization: Bearer <api key>}; the key
 * names the user for the rest of the request ({@link CurrentUser}).
 */
public class ApiKeyAuthFilter {

    private static final String BEARER = "Bearer ";

    private final ApiKeyLookup lookup;
    private final Vertx vertx;

    public ApiKeyAuthFilter(ApiKeyLookup lookup, Vertx vertx) {
        this.lookup = lookup;
        this.vertx = vertx;
    }

    @ServerRequestFilter
    public Uni<Response> authenticate(ContainerRequestContext request, RoutingContext routing) {
        String path = request.getUriInfo().getPath();
        if (!path.startsWith("/api/") || path.startsWith("/api/cron/")) {
            return Uni.createFrom().nullItem();
        }
        Optional<String> key = bearerToken(request);
        if (key.isEmpty()) {
            return Uni.createFrom().item(unauthorized());
        }
        return userOwning(key.get()).map(userId -> {
            if (userId.isEmpty()) {
                return unauthorized();
            }
            CurrentUser.authenticate(routing, userId.get());
            return null;
        });
    }

    /** The lookup is a database call: routes answered on the event loop have it run on a worker thread. */
    private Uni<Optional<Long>> userOwning(String key) {
        Uni<Optional<Long>> query = Uni.createFrom().item(() -> lookup.userOwning(key));
        return BlockingOperationControl.isBlockingAllowed() ? query : vertx.executeBlocking(query);
    }

    private static Response unauthorized() {
        return Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(ApiResponse.failure(ErrorCodes.UNAUTHORIZED,
                        "Send a valid API key as 'Authorization: Bearer <key>'"))
                .build();
    }

    static Optional<String> bearerToken(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return Optional.empty();
        }
        String token = header.substring(BEARER.length()).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}

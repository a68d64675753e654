package dev.shelfsync.tracker.auth;

import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;

/**
 * The user named by the request's API key. Every user-owned query is scoped by {@link #id()}.
 * The id travels on the HTTP request itself because {@link ApiKeyAuthFilter} may finish on another thread.
 */
@RequestScoped
public class CurrentUser {

    private static final String USER_ID = "shelfsync.user-id";

    private final RoutingContext routing;

    public CurrentUser(RoutingContext routing) {
        this.routing = routing;
    }

    public long id() {
        Long id = routing.get(USER_ID);
        if (id == null) {
            throw new IllegalStateException("no authenticated user on this request");
        }
        return id;
    }

    static void authenticate(RoutingContext routing, long userId) {
        routing.put(USER_ID, userId);
    }
}

package dev.shelfsync.tracker.auth;

import jakarta.enterprise.context.RequestScoped;

/** The user named by the request's API key. Every user-owned query is scoped by {@link #id()}. */
@RequestScoped
public class CurrentUser {

    private Long id;

    public long id() {
        if (id == null) {
            throw new IllegalStateException("no authenticated user on this request");
        }
        return id;
    }

    void authenticate(long userId) {
        this.id = userId;
    }
}

package dev.shelfsync.adapter.audible;

import java.time.Instant;

/** A fresh access token from {@code /auth/token}. */
public record AccessTokenGrant(String accessToken, Instant expiresAt) {

    @Override
    public String toString() {
        return "AccessTokenGrant[expiresAt=" + expiresAt + "]";
    }
}

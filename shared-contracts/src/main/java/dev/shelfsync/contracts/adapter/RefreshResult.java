package dev.shelfsync.contracts.adapter;

import java.time.Instant;

/** A new encrypted auth record holding a fresh access token. */
public record RefreshResult(String auth, Instant expiresAt) {

    @Override
    public String toString() {
        return "RefreshResult[expiresAt=" + expiresAt + "]";
    }
}

package dev.shelfsync.contracts.adapter;

import java.time.Instant;

/** A completed login: the Fernet-encrypted auth record to store, and who signed in. */
public record AuthResult(String auth, Instant expiresAt, String customerName, String marketplace) {

    @Override
    public String toString() {
        return "AuthResult[expiresAt=" + expiresAt + ", marketplace=" + marketplace + "]";
    }
}

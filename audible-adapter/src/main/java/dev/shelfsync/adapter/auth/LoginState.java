package dev.shelfsync.adapter.auth;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;

/** What a browser login must remember between the login URL and the redirect; travels Fernet-encrypted. */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record LoginState(String serial, String codeVerifier, String marketplace, Instant createdAt) {

    @Override
    public String toString() {
        return "LoginState[marketplace=" + marketplace + ", createdAt=" + createdAt + "]";
    }
}

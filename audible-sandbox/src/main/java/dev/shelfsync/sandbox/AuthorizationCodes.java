package dev.shelfsync.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Single-use authorization codes, each bound to the client and PKCE challenge of the sign-in that produced it. */
final class AuthorizationCodes {

    private static final Duration CODE_LIFETIME = Duration.ofMinutes(5);

    record Grant(String clientId, String codeChallenge, Instant expiresAt) {
    }

    private final Map<String, Grant> grants = new ConcurrentHashMap<>();
    private final Clock clock;

    AuthorizationCodes(Clock clock) {
        this.clock = clock;
    }

    String issue(String clientId, String codeChallenge) {
        String code = "AN" + SecureTokens.alphanumeric(18);
        grants.put(code, new Grant(clientId, codeChallenge, clock.instant().plus(CODE_LIFETIME)));
        return code;
    }

    /** Removes the code whatever happens next, so a code can be tried once only. */
    Optional<Grant> consume(String code) {
        Grant grant = code == null ? null : grants.remove(code);
        if (grant == null || clock.instant().isAfter(grant.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }
}

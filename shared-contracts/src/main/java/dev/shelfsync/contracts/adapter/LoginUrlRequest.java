package dev.shelfsync.contracts.adapter;

/** {@code POST /api/auth/login-url}: which marketplace to sign in to (us, uk, de, fr, ca, it, au, in, jp, es, br). */
public record LoginUrlRequest(String countryCode) {
}

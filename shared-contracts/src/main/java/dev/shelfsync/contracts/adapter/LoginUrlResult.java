package dev.shelfsync.contracts.adapter;

/**
 * The Amazon sign-in URL to open in a browser, and the encrypted state (device serial, PKCE verifier,
 * marketplace) to send back with the redirect URL; the adapter keeps no session.
 */
public record LoginUrlResult(String loginUrl, String loginState) {
}

package dev.shelfsync.adapter.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;

/** PKCE (S256): verifier = base64url(32 random bytes), challenge = base64url(SHA-256(verifier)), both unpadded. */
public record Pkce(String verifier) {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    public static Pkce create() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new Pkce(BASE64URL.encodeToString(bytes));
    }

    public String challenge() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public String toString() {
        return "Pkce[***]";
    }
}

package dev.shelfsync.sandbox;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;

/** Random token material in the alphabets Amazon uses. */
final class SecureTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private SecureTokens() {
    }

    static byte[] bytes(int length) {
        byte[] bytes = new byte[length];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String base64Url(int byteCount) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes(byteCount));
    }

    static String base64(int byteCount) {
        return Base64.getEncoder().encodeToString(bytes(byteCount));
    }

    static String alphanumeric(int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length())));
        }
        return out.toString();
    }

    static String accessToken() {
        return "Atna|" + base64Url(240);
    }

    static String refreshToken() {
        return "Atnr|" + base64Url(240);
    }

    /** Same five-part layout as a real ADP token; the parts are opaque to clients. */
    static String adpToken() {
        return "{enc:" + base64(384) + "}{key:" + base64(256) + "}{iv:" + base64(16) + "}"
                + "{name:" + Base64.getEncoder().encodeToString("ADPTokenEncryptionKey".getBytes(StandardCharsets.US_ASCII)) + "}"
                + "{serial:Mg==}";
    }
}

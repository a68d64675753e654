package dev.shelfsync.sandbox;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 time-based one-time passwords: 30 s steps, 6 digits, HMAC-SHA1, base32 secret. */
public final class Totp {

    private static final long STEP_SECONDS = 30;
    private static final String BASE32_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    private Totp() {
    }

    public static String code(String base32Secret, Instant at) {
        return codeForStep(decodeBase32(base32Secret), Math.floorDiv(at.getEpochSecond(), STEP_SECONDS));
    }

    /** Accepts the code of the current step and of one step either side (clock drift). */
    static boolean matches(String base32Secret, String candidate, Instant now) {
        if (candidate == null) {
            return false;
        }
        String trimmed = candidate.trim();
        byte[] key = decodeBase32(base32Secret);
        long step = Math.floorDiv(now.getEpochSecond(), STEP_SECONDS);
        for (long offset = -1; offset <= 1; offset++) {
            if (codeForStep(key, step + offset).equals(trimmed)) {
                return true;
            }
        }
        return false;
    }

    private static String codeForStep(byte[] key, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(key, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            return String.format(Locale.ROOT, "%06d", binary % 1_000_000);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 unavailable", e);
        }
    }

    static byte[] decodeBase32(String secret) {
        String clean = secret.replace(" ", "").replace("-", "").replace("=", "").toUpperCase(Locale.ROOT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int buffer = 0;
        int bits = 0;
        for (char c : clean.toCharArray()) {
            int value = BASE32_ALPHABET.indexOf(c);
            if (value < 0) {
                throw new IllegalArgumentException("not a base32 secret: " + secret);
            }
            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8) {
                out.write((buffer >> (bits - 8)) & 0xff);
                bits -= 8;
            }
        }
        return out.toByteArray();
    }
}

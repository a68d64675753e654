package dev.shelfsync.adapter.crypto;

import java.util.Arrays;
import java.util.Base64;

/** A Fernet key: 32 bytes, URL-safe base64; the first half signs, the second half encrypts. */
public final class FernetKey {

    private final byte[] signingKey;
    private final byte[] encryptionKey;

    private FernetKey(byte[] raw) {
        this.signingKey = Arrays.copyOfRange(raw, 0, 16);
        this.encryptionKey = Arrays.copyOfRange(raw, 16, 32);
    }

    /** @throws IllegalArgumentException if the text is not URL-safe base64 of exactly 32 bytes */
    public static FernetKey parse(String encoded) {
        byte[] raw;
        try {
            raw = Base64.getUrlDecoder().decode(encoded.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("a Fernet key must be URL-safe base64");
        }
        if (raw.length != 32) {
            throw new IllegalArgumentException("a Fernet key must decode to 32 bytes, got " + raw.length);
        }
        return new FernetKey(raw);
    }

    byte[] signingKey() {
        return signingKey;
    }

    byte[] encryptionKey() {
        return encryptionKey;
    }

    @Override
    public String toString() {
        return "FernetKey[***]";
    }
}

package dev.shelfsync.adapter.crypto;

import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * Fernet tokens (spec version 0x80) as Python's {@code cryptography.fernet} makes them: AES-128-CBC with PKCS#7
 * padding, HMAC-SHA256 over {@code version || timestamp || iv || ciphertext}, URL-safe base64 with padding.
 * Decryption tries every key in turn, which is what key rotation needs.
 */
public final class Fernet {

    private static final byte VERSION = (byte) 0x80;
    private static final int HEADER_LENGTH = 1 + 8 + 16;
    private static final int HMAC_LENGTH = 32;
    /** Same allowance as Python's implementation for tokens stamped slightly in the future. */
    private static final Duration MAX_CLOCK_SKEW = Duration.ofSeconds(60);
    private static final SecureRandom RANDOM = new SecureRandom();

    private Fernet() {
    }

    public static String encrypt(FernetKey key, byte[] plaintext) {
        byte[] iv = new byte[16];
        RANDOM.nextBytes(iv);
        return encrypt(key, plaintext, iv, Instant.now());
    }

    /** Deterministic variant for test vectors: the caller chooses IV and timestamp. */
    public static String encrypt(FernetKey key, byte[] plaintext, byte[] iv, Instant now) {
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key.encryptionKey(), "AES"), new IvParameterSpec(iv));
            byte[] ciphertext = aes.doFinal(plaintext);
            ByteBuffer token = ByteBuffer.allocate(HEADER_LENGTH + ciphertext.length + HMAC_LENGTH);
            token.put(VERSION).putLong(now.getEpochSecond()).put(iv).put(ciphertext);
            token.put(hmac(key, token.array(), token.position()));
            return Base64.getUrlEncoder().encodeToString(token.array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/HMAC unavailable in this JVM", e);
        }
    }

    /**
     * @param ttl maximum token age, or {@code null} for no age limit (stored auth records live for months)
     * @throws InvalidFernetTokenException when no key verifies the token or it is malformed, expired or from the future
     */
    public static byte[] decrypt(List<FernetKey> keys, String token, Duration ttl, Instant now) {
        byte[] raw = decodeBase64(token);
        if (raw.length < HEADER_LENGTH + HMAC_LENGTH || raw[0] != VERSION) {
            throw new InvalidFernetTokenException("token is truncated or has an unknown version");
        }
        int ciphertextLength = raw.length - HEADER_LENGTH - HMAC_LENGTH;
        if (ciphertextLength == 0 || ciphertextLength % 16 != 0) {
            throw new InvalidFernetTokenException("ciphertext is not a whole number of blocks");
        }
        Instant issued = Instant.ofEpochSecond(ByteBuffer.wrap(raw, 1, 8).getLong());
        if (issued.isAfter(now.plus(MAX_CLOCK_SKEW))) {
            throw new InvalidFernetTokenException("token timestamp is in the future");
        }
        if (ttl != null && issued.plus(ttl).isBefore(now)) {
            throw new InvalidFernetTokenException("token has expired");
        }
        byte[] mac = new byte[HMAC_LENGTH];
        System.arraycopy(raw, raw.length - HMAC_LENGTH, mac, 0, HMAC_LENGTH);
        for (FernetKey key : keys) {
            if (MessageDigest.isEqual(mac, hmac(key, raw, raw.length - HMAC_LENGTH))) {
                return decryptVerified(key, raw, ciphertextLength);
            }
        }
        throw new InvalidFernetTokenException("signature does not match any key");
    }

    private static byte[] decryptVerified(FernetKey key, byte[] raw, int ciphertextLength) {
        try {
            Cipher aes = Cipher.getInstance("AES/CBC/PKCS5Padding");
            aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key.encryptionKey(), "AES"),
                    new IvParameterSpec(raw, 9, 16));
            return aes.doFinal(raw, HEADER_LENGTH, ciphertextLength);
        } catch (BadPaddingException e) {
            throw new InvalidFernetTokenException("payload padding is invalid");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES unavailable in this JVM", e);
        }
    }

    private static byte[] hmac(FernetKey key, byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.signingKey(), "HmacSHA256"));
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable in this JVM", e);
        }
    }

    private static byte[] decodeBase64(String token) {
        if (token == null || token.isBlank()) {
            throw new InvalidFernetTokenException("token is empty");
        }
        try {
            return Base64.getUrlDecoder().decode(token.trim().getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new InvalidFernetTokenException("token is not URL-safe base64");
        }
    }
}

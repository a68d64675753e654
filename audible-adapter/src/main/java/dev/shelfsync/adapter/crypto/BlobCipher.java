package dev.shelfsync.adapter.crypto;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shelfsync.adapter.config.AudibleConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns records into Fernet blobs and back. Keys come from {@code audible.encryption-keys}: the first encrypts,
 * all of them decrypt, so a blob made under a retired key is still readable and is re-encrypted under the first
 * whenever it goes back to the caller.
 */
@ApplicationScoped
public class BlobCipher {

    private final ObjectMapper json;
    private final List<FernetKey> keys;

    public BlobCipher(AudibleConfig config, ObjectMapper json) {
        this.json = json;
        this.keys = config.encryptionKeys().orElse(List.of()).stream()
                .filter(k -> !k.isBlank())
                .map(FernetKey::parse)
                .toList();
    }

    public String encrypt(Object value) {
        try {
            return Fernet.encrypt(primaryKey(), json.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + value.getClass().getSimpleName(), e);
        }
    }

    /** @throws InvalidFernetTokenException when the blob was not made with one of our keys or is not the expected JSON */
    public <T> T decrypt(String blob, Class<T> type) {
        return decrypt(blob, type, null);
    }

    /** As {@link #decrypt(String, Class)}, rejecting blobs older than {@code maxAge}. */
    public <T> T decrypt(String blob, Class<T> type, Duration maxAge) {
        if (keys.isEmpty()) {
            throw new IllegalStateException("no encryption key configured (audible.encryption-keys)");
        }
        byte[] plaintext = Fernet.decrypt(keys, blob, maxAge, Instant.now());
        try {
            return json.readValue(plaintext, type);
        } catch (IOException e) {
            throw new InvalidFernetTokenException("decrypted content is not a valid " + type.getSimpleName());
        }
    }

    /** Whether {@code blob} was made under a key other than the first: it should go back re-encrypted. */
    public boolean madeUnderRetiredKey(String blob) {
        if (keys.size() < 2) {
            return false;
        }
        try {
            Fernet.decrypt(List.of(primaryKey()), blob, null, Instant.now());
            return false;
        } catch (InvalidFernetTokenException e) {
            return true;
        }
    }

    public boolean hasKeys() {
        return !keys.isEmpty();
    }

    private FernetKey primaryKey() {
        if (keys.isEmpty()) {
            throw new IllegalStateException("no encryption key configured (audible.encryption-keys)");
        }
        return keys.get(0);
    }
}

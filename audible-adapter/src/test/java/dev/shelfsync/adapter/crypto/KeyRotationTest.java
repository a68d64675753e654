package dev.shelfsync.adapter.crypto;

import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.BrowserSignIn;
import dev.shelfsync.adapter.support.SandboxResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * A blob made under a retired key still works and is handed back re-encrypted under the current key, even when
 * its tokens did not change, so stored blobs move off a retired key on their next use.
 */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class KeyRotationTest {

    @ConfigProperty(name = "audible.encryption-keys")
    List<String> keys;

    @Test
    void retiredKeyDecryptsAndTheAnswerUsesTheCurrentKey() {
        FernetKey current = FernetKey.parse(keys.get(0));
        FernetKey retired = FernetKey.parse(keys.get(1));
        String issued = BrowserSignIn.login("us");
        byte[] record = Fernet.decrypt(List.of(current), issued, null, Instant.now());
        String underRetiredKey = Fernet.encrypt(retired, record);

        String resealed = Api.post("/api/library", Api.auth(underRetiredKey)).statusCode(200)
                .extract().path("data.auth");
        Fernet.decrypt(List.of(current), resealed, null, Instant.now());
        assertNull(Api.post("/api/library", Api.auth(issued)).statusCode(200).extract().path("data.auth"),
                "a blob already under the current key with valid tokens comes back unchanged (no auth)");

        String refreshed = Api.post("/api/refresh-token", Api.auth(underRetiredKey)).statusCode(200)
                .extract().path("data.auth");

        Fernet.decrypt(List.of(current), refreshed, null, Instant.now());
        assertThrows(InvalidFernetTokenException.class,
                () -> Fernet.decrypt(List.of(retired), refreshed, null, Instant.now()));
    }
}

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

import static org.junit.jupiter.api.Assertions.assertThrows;

/** A blob made under a retired key still works, and what comes back is encrypted under the current key. */
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

        Api.post("/api/library", Api.auth(underRetiredKey)).statusCode(200);
        String refreshed = Api.post("/api/refresh-token", Api.auth(underRetiredKey)).statusCode(200)
                .extract().path("data.auth");

        Fernet.decrypt(List.of(current), refreshed, null, Instant.now());
        assertThrows(InvalidFernetTokenException.class,
                () -> Fernet.decrypt(List.of(retired), refreshed, null, Instant.now()));
    }
}

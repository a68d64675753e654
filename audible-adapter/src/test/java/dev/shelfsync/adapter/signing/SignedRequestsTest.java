package dev.shelfsync.adapter.signing;

import dev.shelfsync.adapter.audible.AuthRecord;
import dev.shelfsync.adapter.crypto.BlobCipher;
import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.BrowserSignIn;
import dev.shelfsync.adapter.support.Fixtures;
import dev.shelfsync.adapter.support.SandboxResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;

/** With {@code audible.sign-requests} on, the sandbox verifies our device signatures on the wire. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
@TestProfile(SignedRequestsTest.Signing.class)
class SignedRequestsTest {

    public static class Signing implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("audible.sign-requests", "true");
        }
    }

    @Inject
    BlobCipher cipher;

    @Test
    void signedLibraryAndProgressCallsAreAccepted() {
        String auth = BrowserSignIn.login("us");
        String asin = Api.post("/api/library", Api.auth(auth)).statusCode(200)
                .body("data.total", equalTo(12)).extract().path("data.items[0].asin");
        Api.post("/api/progress/" + asin, Api.auth(auth)).statusCode(200);
    }

    @Test
    void aSignatureFromTheWrongKeyIsRefused() {
        AuthRecord record = cipher.decrypt(BrowserSignIn.login("us"), AuthRecord.class);
        String otherKey = Fixtures.json("audible/audible-rs_signing.json").path("device_private_key").asText();
        AuthRecord forged = new AuthRecord(record.websiteCookies(), record.adpToken(), record.accessToken(),
                record.refreshToken(), otherKey, record.storeAuthenticationCookie(), record.deviceInfo(),
                record.customerInfo(), record.expires(), record.localeCode(), record.withUsername(), null);

        Api.post("/api/library", Api.auth(cipher.encrypt(forged))).statusCode(401)
                .body("error", equalTo("relogin_required"));
    }
}

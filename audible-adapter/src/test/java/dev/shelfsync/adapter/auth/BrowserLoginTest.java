package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.audible.AuthRecord;
import dev.shelfsync.adapter.crypto.BlobCipher;
import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.BrowserSignIn;
import dev.shelfsync.adapter.support.SandboxResource;
import dev.shelfsync.sandbox.AudibleSandbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** login-url, a browser signing in at "Amazon", the pasted redirect, and the device registration. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class BrowserLoginTest {

    private final AudibleSandbox sandbox = SandboxResource.sandbox();

    @Inject
    BlobCipher cipher;

    @Test
    void browserLoginRegistersTheDeviceAndReturnsAnEncryptedAuthRecord() {
        int devicesBefore = sandbox.registeredDeviceCount();
        Map<String, String> start = Api.post("/api/auth/login-url", Map.of("country_code", "us"))
                .statusCode(200).extract().path("data");
        String landing = BrowserSignIn.signInLikeABrowser(start.get("login_url"));

        Map<String, Object> result = Api.post("/api/auth", Map.of("country_code", "us", "redirect_url", landing,
                        "login_state", start.get("login_state")))
                .statusCode(200)
                .body("success", equalTo(true))
                .body("data.customer_name", equalTo("Sandbox Listener"))
                .body("data.marketplace", equalTo("us"))
                .body("data.expires_at", notNullValue())
                .extract().path("data");

        AuthRecord record = cipher.decrypt((String) result.get("auth"), AuthRecord.class);
        assertNotNull(record.adpToken());
        assertTrue(record.devicePrivateKey().contains("PRIVATE KEY"));
        assertNotNull(record.accessToken());
        assertNotNull(record.refreshToken());
        assertEquals("us", record.localeCode());
        assertTrue(record.expiresAt().isAfter(Instant.now().plusSeconds(3000)));
        assertEquals(devicesBefore + 1, sandbox.registeredDeviceCount());

        // an authorization code works once
        Api.post("/api/auth", Map.of("redirect_url", landing, "login_state", start.get("login_state")))
                .statusCode(401).body("error", equalTo("audible_login_failed"));
    }

    @Test
    void theAuthRecordUsesTheAudibleAuthFileKeys() {
        String blob = BrowserSignIn.login("de");
        Map<?, ?> raw = cipher.decrypt(blob, Map.class);
        for (String key : new String[]{"adp_token", "device_private_key", "access_token", "refresh_token", "expires",
                "website_cookies", "device_info", "customer_info", "locale_code", "with_username"}) {
            assertTrue(raw.containsKey(key), key);
        }
        assertTrue(raw.get("expires") instanceof Double);
        assertEquals("de", raw.get("locale_code"));
    }
}

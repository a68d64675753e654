package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.BrowserSignIn;
import dev.shelfsync.adapter.support.SandboxResource;
import dev.shelfsync.sandbox.AudibleSandbox;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Refresh on demand, revoked devices and deregistration. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class DeviceLifecycleTest {

    private final AudibleSandbox sandbox = SandboxResource.sandbox();

    @Test
    void refreshTokenReturnsANewAuthThatWorks() {
        String auth = BrowserSignIn.login("us");
        String refreshed = Api.post("/api/refresh-token", Api.auth(auth)).statusCode(200)
                .body("data.auth", notNullValue())
                .body("data.expires_at", notNullValue())
                .extract().path("data.auth");
        Api.post("/api/library", Api.auth(refreshed)).statusCode(200);
    }

    @Test
    void aRevokedDeviceNeedsAReLogin() {
        String auth = BrowserSignIn.login("us");
        sandbox.revokeDevices();
        Api.post("/api/library", Api.auth(auth)).statusCode(401)
                .body("success", equalTo(false))
                .body("error", equalTo("relogin_required"));
        Api.post("/api/refresh-token", Api.auth(auth)).statusCode(401).body("error", equalTo("relogin_required"));
    }

    @Test
    void deregistrationFreesTheDeviceSlot() {
        String auth = BrowserSignIn.login("us");
        int before = sandbox.registeredDeviceCount();
        Api.post("/api/deregister", Api.auth(auth)).statusCode(200)
                .body("success", equalTo(true))
                .body("data.deregistered", equalTo(true));
        assertEquals(before - 1, sandbox.registeredDeviceCount());
        Api.post("/api/library", Api.auth(auth)).statusCode(401).body("error", equalTo("relogin_required"));
    }
}

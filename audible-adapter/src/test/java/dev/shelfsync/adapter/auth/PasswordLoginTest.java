package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.SandboxResource;
import dev.shelfsync.sandbox.AudibleSandbox;
import dev.shelfsync.sandbox.SandboxSettings;
import dev.shelfsync.sandbox.SignInChallenge;
import dev.shelfsync.sandbox.Totp;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** E-mail + password through Amazon's sign-in form, with 2-step verification and the challenges we cannot answer. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class PasswordLoginTest {

    private final AudibleSandbox sandbox = SandboxResource.sandbox();

    @AfterEach
    void noChallenge() {
        sandbox.setChallenge(SignInChallenge.NONE);
    }

    @Test
    void withoutAnOtpCodeTheCallerIsAskedForOne() {
        Api.post("/api/auth", credentials(null)).statusCode(401)
                .body("success", equalTo(false))
                .body("error", equalTo("otp_required"));
    }

    @Test
    void withTheCurrentOtpCodeTheDeviceIsRegistered() {
        int before = sandbox.registeredDeviceCount();
        Api.post("/api/auth", credentials(Totp.code(SandboxResource.OTP_SECRET, Instant.now()))).statusCode(200)
                .body("success", equalTo(true))
                .body("data.auth", notNullValue())
                .body("data.customer_name", equalTo("Sandbox Listener"))
                .body("data.marketplace", equalTo("uk"));
        org.junit.jupiter.api.Assertions.assertEquals(before + 1, sandbox.registeredDeviceCount());
    }

    @Test
    void aWrongOtpCodeIsReported() {
        Api.post("/api/auth", credentials("000000")).statusCode(401)
                .body("error", equalTo("otp_required"))
                .body("message", containsString("did not accept"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        Map<String, Object> body = credentials(null);
        body.put("password", "not-the-password");
        Api.post("/api/auth", body).statusCode(401)
                .body("error", equalTo("audible_login_failed"))
                .body("message", containsString("Your password is incorrect"));
    }

    @ParameterizedTest
    @EnumSource(value = SignInChallenge.class, names = {"CAPTCHA", "APPROVAL", "CVF_CODE"})
    void challengesOnlyABrowserCanAnswerPointToTheBrowserLogin(SignInChallenge challenge) {
        sandbox.setChallenge(challenge);
        Api.post("/api/auth", credentials(Totp.code(SandboxResource.OTP_SECRET, Instant.now()))).statusCode(428)
                .body("success", equalTo(false))
                .body("error", equalTo("browser_login_required"))
                .body("message", containsString("only a browser can answer"))
                .body("data.login_url", containsString("/ap/signin?"))
                .body("data.login_state", notNullValue());
    }

    private static Map<String, Object> credentials(String otp) {
        Map<String, Object> body = new HashMap<>();
        body.put("country_code", "uk");
        body.put("email", SandboxSettings.DEFAULT_EMAIL);
        body.put("password", SandboxSettings.DEFAULT_PASSWORD);
        if (otp != null) {
            body.put("otp_code", otp);
        }
        return body;
    }
}

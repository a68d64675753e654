package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SignInTest {

    private static final String OTP_SECRET = "JBSWY3DPEHPK3PXP";

    private AudibleSandbox sandbox;

    private SandboxTestClient start(SandboxSettings settings) {
        sandbox = AudibleSandbox.start(settings);
        return new SandboxTestClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void signInPageIsAnAmazonStyleFormWithHiddenFields() throws Exception {
        SandboxTestClient client = start(SandboxSettings.defaults());
        HttpResponse<String> page = client.get(client.signInUrl());

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<form name=\"signIn\" method=\"post\""));
        assertTrue(page.body().contains("action=\"/ap/signin\""));
        Map<String, String> inputs = SandboxTestClient.formInputs(page.body());
        assertFalse(inputs.get("appActionToken").isEmpty());
        assertFalse(inputs.get("workflowState").isEmpty());
        assertTrue(inputs.containsKey("email"));
        assertTrue(inputs.containsKey("password"));
        assertTrue(page.headers().firstValue("Set-Cookie").orElse("").startsWith("session-id="));
        assertFalse(page.body().contains("CAPTCHA"), "no challenge markers on the plain sign-in page");
    }

    @Test
    void signInWithoutPkceParametersIsRefused() throws Exception {
        SandboxTestClient client = start(SandboxSettings.defaults());
        HttpResponse<String> page = client.get(client.baseUrl + "/ap/signin?openid.return_to=x");
        assertEquals(400, page.statusCode());
        assertTrue(page.body().contains("ap_error_page_message"));
    }

    @Test
    void wrongPasswordShowsTheErrorBoxAndRightPasswordRedirectsWithACode() throws Exception {
        SandboxTestClient client = start(SandboxSettings.defaults());

        HttpResponse<String> wrong = client.submitCredentials(SandboxSettings.DEFAULT_EMAIL, "not-the-password");
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("id=\"auth-error-message-box\""));
        assertTrue(wrong.body().contains("<h4 class=\"a-alert-heading\">There was a problem</h4>"));
        assertTrue(wrong.body().contains("<li><span class=\"a-list-item\">Your password is incorrect</span></li>"));
        assertTrue(wrong.body().contains("name=\"signIn\""), "the sign-in form is served again");

        HttpResponse<String> right = client.submitCredentials(SandboxSettings.DEFAULT_EMAIL.toUpperCase(), SandboxSettings.DEFAULT_PASSWORD);
        assertEquals(302, right.statusCode());
        String location = right.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(client.baseUrl + "/ap/maplanding?"), location);
        assertTrue(location.contains("openid.mode=id_res"));
        assertTrue(SandboxTestClient.authorizationCode(right).startsWith("AN"));
        assertEquals(200, client.get(location).statusCode(), "maplanding answers");
    }

    @Test
    void unknownEmailIsReportedLikeAmazon() throws Exception {
        SandboxTestClient client = start(SandboxSettings.defaults());
        HttpResponse<String> response = client.submitCredentials("someone@example.org", SandboxSettings.DEFAULT_PASSWORD);
        assertEquals(200, response.statusCode());
        assertTrue(response.body().contains("We cannot find an account with that email address"));
    }

    @Test
    void otpStepChecksTheTotpCode() throws Exception {
        SandboxTestClient client = start(SandboxSettings.defaults().withOtpSecret(OTP_SECRET));

        HttpResponse<String> otpPage = client.submitCredentials(SandboxSettings.DEFAULT_EMAIL, SandboxSettings.DEFAULT_PASSWORD);
        assertEquals(200, otpPage.statusCode());
        assertTrue(otpPage.body().contains("id=\"auth-mfa-form\""));
        Map<String, String> fields = SandboxTestClient.formInputs(otpPage.body());
        assertTrue(fields.containsKey("otpCode"));

        String current = Totp.code(OTP_SECRET, Instant.now());
        fields.put("otpCode", current.equals("000000") ? "111111" : "000000");
        fields.put("rememberDevice", "false");
        fields.put("mfaSubmit", "Submit");
        HttpResponse<String> wrong = client.postForm("/ap/signin", fields);
        assertEquals(200, wrong.statusCode());
        assertTrue(wrong.body().contains("auth-error-message-box"));

        fields.put("otpCode", Totp.code(OTP_SECRET, Instant.now()));
        HttpResponse<String> right = client.postForm("/ap/signin", fields);
        assertEquals(302, right.statusCode());
        assertFalse(SandboxTestClient.authorizationCode(right).isEmpty());
    }

    @Test
    void otpAppendedToThePasswordSkipsTheOtpPage() throws Exception {
        SandboxTestClient client = start(SandboxSettings.defaults().withOtpSecret(OTP_SECRET));
        HttpResponse<String> response = client.submitCredentials(SandboxSettings.DEFAULT_EMAIL,
                SandboxSettings.DEFAULT_PASSWORD + Totp.code(OTP_SECRET, Instant.now()));
        assertEquals(302, response.statusCode());
    }

    @Test
    void captchaChallengeNeedsTheRightGuess() throws Exception {
        SandboxTestClient client = start(SandboxSettings.defaults());
        sandbox.setChallenge(SignInChallenge.CAPTCHA);

        HttpResponse<String> captcha = client.submitCredentials(SandboxSettings.DEFAULT_EMAIL, SandboxSettings.DEFAULT_PASSWORD);
        assertEquals(200, captcha.statusCode());
        assertTrue(captcha.body().matches("(?s).*<img alt=\"[^\"]*CAPTCHA[^\"]*\" src=\"http[^\"]*captcha[^\"]*\" id=\"auth-captcha-image\">.*"));
        HttpResponse<String> image = client.get(client.baseUrl + "/ap/captcha?appAction=SIGNIN");
        assertTrue(image.body().contains(AudibleSandbox.CAPTCHA_SOLUTION));

        Map<String, String> fields = SandboxTestClient.formInputs(captcha.body());
        fields.put("email", SandboxSettings.DEFAULT_EMAIL);
        fields.put("password", SandboxSettings.DEFAULT_PASSWORD);
        fields.put("use_image_captcha", "true");
        fields.put("guess", "wrong");
        assertEquals(200, client.postForm("/ap/signin", fields).statusCode());

        fields.put("guess", AudibleSandbox.CAPTCHA_SOLUTION.toUpperCase());
        assertEquals(302, client.postForm("/ap/signin", fields).statusCode());
    }

    @Test
    void cvfChallengeAsksForTheMailedCode() throws Exception {
        SandboxTestClient client = start(SandboxSettings.defaults());
        sandbox.setChallenge(SignInChallenge.CVF_CODE);

        HttpResponse<String> cvf = client.submitCredentials(SandboxSettings.DEFAULT_EMAIL, SandboxSettings.DEFAULT_PASSWORD);
        assertTrue(cvf.body().contains("<div id=\"cvf-page-content\""));
        assertFalse(cvf.body().contains("cvf_aamation"));

        HttpResponse<String> codePage = client.postForm("/ap/cvf/verify", SandboxTestClient.formInputs(cvf.body()));
        Map<String, String> fields = SandboxTestClient.formInputs(codePage.body());
        assertEquals("code", fields.get("action"));
        fields.put("code", "999999");
        assertTrue(client.postForm("/ap/cvf/verify", fields).body().contains("cvf-page-content"));
        fields.put("code", AudibleSandbox.CVF_CODE);
        HttpResponse<String> done = client.postForm("/ap/cvf/verify", fields);
        assertEquals(302, done.statusCode());
        assertFalse(SandboxTestClient.authorizationCode(done).isEmpty());
    }

    @Test
    void approvalAlertIsPendingForAFewPollsThenRedirects() throws Exception {
        SandboxTestClient client = start(SandboxSettings.defaults());
        sandbox.setChallenge(SignInChallenge.APPROVAL);

        HttpResponse<String> redirect = client.submitCredentials(SandboxSettings.DEFAULT_EMAIL, SandboxSettings.DEFAULT_PASSWORD);
        assertEquals(302, redirect.statusCode());
        String alertUrl = client.baseUrl + redirect.headers().firstValue("Location").orElseThrow();
        for (int poll = 0; poll < SignInHandler.APPROVAL_PENDING_POLLS; poll++) {
            HttpResponse<String> pending = client.get(alertUrl);
            assertEquals(200, pending.statusCode());
            assertTrue(pending.body().contains("id=\"resend-approval-alert\""));
            assertTrue(pending.body().contains("transaction-approval-word-break"));
        }
        HttpResponse<String> approved = client.get(alertUrl);
        assertEquals(302, approved.statusCode());
        assertFalse(SandboxTestClient.authorizationCode(approved).isEmpty());
    }
}

package dev.shelfsync.sandbox;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Amazon sign-in pages ({@code /ap/...}): credentials, the optional OTP step, the configurable challenge and
 * finally the redirect to {@code openid.return_to} carrying the authorization code.
 */
final class SignInHandler {

    static final int APPROVAL_PENDING_POLLS = 2;

    private final SandboxAccount account;
    private final SignInSessions sessions;
    private final AuthorizationCodes codes;
    private final Supplier<SignInChallenge> challenge;
    private final Supplier<String> baseUrl;
    private final Clock clock;

    SignInHandler(SandboxAccount account, SignInSessions sessions, AuthorizationCodes codes,
                  Supplier<SignInChallenge> challenge, Supplier<String> baseUrl, Clock clock) {
        this.account = account;
        this.sessions = sessions;
        this.codes = codes;
        this.challenge = challenge;
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    void register(RequestDispatcher dispatcher) {
        dispatcher.on("GET", "/ap/signin", this::showSignIn)
                .on("POST", "/ap/signin", this::submit)
                .on("POST", "/ap/cvf/verify", this::verifyCvf)
                .on("GET", "/ap/cv/approval", this::pollApproval)
                .on("GET", "/ap/captcha", request -> SandboxResponse.of(200, "image/svg+xml",
                        SignInPages.captchaImage(AudibleSandbox.CAPTCHA_SOLUTION)))
                .on("GET", "/ap/maplanding", request -> SandboxResponse.html(200, SignInPages.mapLanding()));
    }

    private SandboxResponse showSignIn(SandboxRequest request) {
        Map<String, String> query = request.query();
        String clientId = query.get("openid.oa2.client_id");
        String challengeValue = query.get("openid.oa2.code_challenge");
        String method = query.getOrDefault("openid.oa2.code_challenge_method", "S256");
        String returnTo = query.get("openid.return_to");
        if (clientId == null && challengeValue == null) {
            SignInSession existing = sessions.find(request, Map.of());
            if (existing != null) {
                return SandboxResponse.html(200, SignInPages.signIn(existing, "", null));
            }
        }
        if (clientId == null || !clientId.startsWith("device:") || clientId.length() == "device:".length()
                || isBlank(challengeValue) || !"S256".equals(method) || isBlank(returnTo)) {
            return SandboxResponse.html(400, SignInPages.error(
                    "We're sorry. An error occurred when we tried to process your request. "
                            + "(missing or invalid openid.oa2.client_id, openid.oa2.code_challenge (S256) or openid.return_to)"));
        }
        SignInSession session = sessions.start(clientId.substring("device:".length()), challengeValue, returnTo,
                query.getOrDefault("openid.assoc_handle", "amzn_audible_ios_us"));
        return SandboxResponse.html(200, SignInPages.signIn(session, "", null))
                .withHeader("Set-Cookie", SignInSessions.COOKIE + "=" + session.id() + "; Path=/; HttpOnly");
    }

    private SandboxResponse submit(SandboxRequest request) {
        Map<String, String> form = request.form();
        SignInSession session = sessions.find(request, form);
        if (session == null) {
            return SandboxResponse.html(400, SignInPages.error("Your sign-in session has expired. Please start again."));
        }
        return switch (session.stage()) {
            case CREDENTIALS -> checkCredentials(session, form);
            case OTP -> checkOtp(session, form);
            case CVF -> SandboxResponse.html(200, SignInPages.cvf(session, maskedEmail(), false, null));
            case APPROVAL -> SandboxResponse.redirect(SignInPages.approvalPath(session));
        };
    }

    private SandboxResponse checkCredentials(SignInSession session, Map<String, String> form) {
        String email = form.getOrDefault("email", "");
        String password = form.getOrDefault("password", "");
        if (challenge.get() == SignInChallenge.CAPTCHA && !session.captchaSolved()) {
            String guess = form.get("guess");
            if (guess == null || !guess.trim().equalsIgnoreCase(AudibleSandbox.CAPTCHA_SOLUTION)) {
                String error = isBlank(guess) ? null : "Enter the characters as they are given in the challenge.";
                return SandboxResponse.html(200, SignInPages.captcha(session, email, captchaUrl(session), error));
            }
            session.markCaptchaSolved();
        }
        if (!account.emailMatches(email)) {
            return SandboxResponse.html(200, SignInPages.signIn(session, email,
                    "We cannot find an account with that email address"));
        }
        if (account.passwordWithOtpMatches(password, clock.instant())) {
            return afterOtp(session);
        }
        if (!account.passwordMatches(password)) {
            return SandboxResponse.html(200, SignInPages.signIn(session, email, "Your password is incorrect"));
        }
        if (account.otpRequired()) {
            session.moveTo(SignInSession.Stage.OTP);
            return SandboxResponse.html(200, SignInPages.otp(session, null));
        }
        return afterOtp(session);
    }

    private SandboxResponse checkOtp(SignInSession session, Map<String, String> form) {
        if (!account.otpMatches(form.get("otpCode"), clock.instant())) {
            return SandboxResponse.html(200, SignInPages.otp(session, "The code you entered is not valid. Please try again."));
        }
        return afterOtp(session);
    }

    private SandboxResponse afterOtp(SignInSession session) {
        return switch (challenge.get()) {
            case APPROVAL -> {
                session.moveTo(SignInSession.Stage.APPROVAL);
                yield SandboxResponse.redirect(SignInPages.approvalPath(session));
            }
            case CVF_CODE -> {
                session.moveTo(SignInSession.Stage.CVF);
                yield SandboxResponse.html(200, SignInPages.cvf(session, maskedEmail(), false, null));
            }
            case NONE, CAPTCHA -> complete(session);
        };
    }

    private SandboxResponse verifyCvf(SandboxRequest request) {
        Map<String, String> form = request.form();
        SignInSession session = sessions.find(request, form);
        if (session == null || session.stage() != SignInSession.Stage.CVF) {
            return SandboxResponse.html(400, SignInPages.error("Your sign-in session has expired. Please start again."));
        }
        String code = form.get("code");
        if (isBlank(code)) {
            return SandboxResponse.html(200, SignInPages.cvf(session, maskedEmail(), true, null));
        }
        if (!code.trim().equals(AudibleSandbox.CVF_CODE)) {
            return SandboxResponse.html(200, SignInPages.cvf(session, maskedEmail(), true, "Invalid OTP. Please check your code and try again."));
        }
        return complete(session);
    }

    private SandboxResponse pollApproval(SandboxRequest request) {
        SignInSession session = sessions.find(request, Map.of());
        if (session == null || session.stage() != SignInSession.Stage.APPROVAL) {
            return SandboxResponse.html(400, SignInPages.error("Your sign-in session has expired. Please start again."));
        }
        if (session.countApprovalPoll() <= APPROVAL_PENDING_POLLS) {
            return SandboxResponse.html(200, SignInPages.approvalPending(session, maskedEmail()));
        }
        return complete(session);
    }

    private SandboxResponse complete(SignInSession session) {
        sessions.finish(session);
        String code = codes.issue(session.clientId(), session.codeChallenge());
        String identifierSelect = "http://specs.openid.net/auth/2.0/identifier_select";
        Map<String, String> params = new LinkedHashMap<>();
        params.put("openid.assoc_handle", session.assocHandle());
        params.put("openid.claimed_id", identifierSelect);
        params.put("openid.identity", identifierSelect);
        params.put("openid.mode", "id_res");
        params.put("openid.ns", "http://specs.openid.net/auth/2.0");
        params.put("openid.oa2.authorization_code", code);
        params.put("openid.oa2.scope", "device_auth_access");
        params.put("openid.op_endpoint", baseUrl.get() + "/ap/signin");
        params.put("openid.pape.auth_policies", "");
        params.put("openid.response_nonce", clock.instant().toString() + SecureTokens.alphanumeric(8));
        params.put("openid.return_to", session.returnTo());
        params.put("openid.signed", "assoc_handle,claimed_id,identity,mode,ns,op_endpoint,response_nonce,return_to,ns.pape,pape.auth_policies,pape.auth_time,signed");
        params.put("openid.sig", SecureTokens.base64(32));
        params.put("serial", "");
        StringBuilder location = new StringBuilder(session.returnTo()).append(session.returnTo().contains("?") ? '&' : '?');
        params.forEach((key, value) -> location.append(encode(key)).append('=').append(encode(value)).append('&'));
        location.setLength(location.length() - 1);
        return SandboxResponse.redirect(location.toString());
    }

    private String captchaUrl(SignInSession session) {
        return baseUrl.get() + "/ap/captcha?appAction=SIGNIN&captchaType=image&" + SignInSessions.STATE_FIELD + "=" + session.id();
    }

    private String maskedEmail() {
        String email = account.email();
        int at = email.indexOf('@');
        return at <= 1 ? email : email.charAt(0) + "***" + email.substring(at);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}

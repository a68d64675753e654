package dev.shelfsync.sandbox;

/**
 * The HTML of the sign-in pages, marked up the way Amazon's are: the relevant form is always the first form on
 * the page and challenge markers appear only on their own page.
 */
final class SignInPages {

    private SignInPages() {
    }

    static String signIn(SignInSession session, String prefilledEmail, String error) {
        return page("Amazon Sign-In", errorBox(error)
                + "<form name=\"signIn\" method=\"post\" novalidate action=\"/ap/signin\" class=\"auth-validate-form\">"
                + hiddenFields(session, "SIGNIN")
                + "<h1 class=\"a-spacing-small\">Sign-In</h1>"
                + "<label for=\"ap_email\">Email or mobile phone number</label>"
                + "<input type=\"email\" maxlength=\"128\" id=\"ap_email\" name=\"email\" value=\"" + escape(prefilledEmail) + "\">"
                + "<label for=\"ap_password\">Password</label>"
                + "<input type=\"password\" maxlength=\"1024\" id=\"ap_password\" name=\"password\">"
                + "<input type=\"checkbox\" name=\"rememberMe\" value=\"true\">"
                + "<input id=\"signInSubmit\" type=\"submit\" value=\"Sign-In\">"
                + "</form>");
    }

    static String captcha(SignInSession session, String email, String captchaUrl, String error) {
        return page("Amazon Sign-In", warningBox(error == null ? "Enter the characters as they are given in the challenge." : error)
                + "<form name=\"signIn\" method=\"post\" novalidate action=\"/ap/signin\" class=\"auth-validate-form\">"
                + hiddenFields(session, "SIGNIN")
                + "<input type=\"email\" name=\"email\" value=\"" + escape(email) + "\">"
                + "<label for=\"ap_password\">Password</label>"
                + "<input type=\"password\" id=\"ap_password\" name=\"password\">"
                + "<div id=\"auth-captcha-image-container\">"
                + "<img alt=\"Visual CAPTCHA image, continue down for an audio option.\" src=\"" + escape(captchaUrl)
                + "\" id=\"auth-captcha-image\">"
                + "</div>"
                + "<label for=\"auth-captcha-guess\">Type characters</label>"
                + "<input type=\"text\" id=\"auth-captcha-guess\" name=\"guess\" autocomplete=\"off\">"
                + "<input id=\"signInSubmit\" type=\"submit\" value=\"Sign-In\">"
                + "</form>");
    }

    static String otp(SignInSession session, String error) {
        return page("Two-Step Verification", errorBox(error)
                + "<h1>Two-Step Verification</h1>"
                + "<p>Enter the OTP from the authenticator app</p>"
                + "<form id=\"auth-mfa-form\" name=\"signIn\" method=\"post\" novalidate action=\"/ap/signin\">"
                + hiddenFields(session, "SIGNIN_MFA")
                + "<label for=\"auth-mfa-otpcode\">Enter OTP:</label>"
                + "<input type=\"tel\" id=\"auth-mfa-otpcode\" name=\"otpCode\" autocomplete=\"off\" maxlength=\"6\">"
                + "<input type=\"checkbox\" id=\"auth-mfa-remember-device\" name=\"rememberDevice\" value=\"true\">"
                + "<input id=\"auth-signin-button\" type=\"submit\" name=\"mfaSubmit\" value=\"Sign-In\">"
                + "</form>");
    }

    /** {@code codeRequested} is false for the first CVF page (choose where to send the code). */
    static String cvf(SignInSession session, String maskedEmail, boolean codeRequested, String error) {
        String intro = codeRequested
                ? "<p>For your security, we've sent the code to your email " + escape(maskedEmail) + ".</p>"
                : "<p>To continue, we'll send a one-time code to " + escape(maskedEmail) + ".</p>";
        return page("Authentication required", "<div id=\"cvf-page-content\" class=\"a-section\">"
                + errorBox(error)
                + "<h1>Verify it's you</h1>" + intro
                + "<form method=\"post\" action=\"/ap/cvf/verify\" class=\"cvf-widget-form\">"
                + hidden(SignInSessions.STATE_FIELD, session.id())
                + hidden("clientContext", session.id())
                + (codeRequested ? hidden("action", "code") : hidden("option", "email"))
                + "<label for=\"cvf-input-code\">Enter OTP</label>"
                + "<input type=\"tel\" id=\"cvf-input-code\" name=\"code\" autocomplete=\"off\">"
                + "<input type=\"submit\" value=\"" + (codeRequested ? "Submit code" : "Send OTP") + "\">"
                + "</form></div>");
    }

    static String approvalPending(SignInSession session, String email) {
        return page("Approve the notification", "<div class=\"a-section\">"
                + "<h1>Approve the notification sent to:</h1>"
                + "<p><span class=\"transaction-approval-word-break\">" + escape(email) + "</span></p>"
                + "<p>Approve the sign-in from the link in the e-mail, then continue here.</p>"
                + "<div id=\"resend-approval-alert\"><a href=\"" + escape(approvalPath(session))
                + "\">Resend notification</a></div></div>");
    }

    static String approvalPath(SignInSession session) {
        return "/ap/cv/approval?" + SignInSessions.STATE_FIELD + "=" + session.id();
    }

    static String error(String message) {
        return page("Amazon", "<div id=\"ap_error_page_message\" class=\"a-section\">" + escape(message) + "</div>");
    }

    static String captchaImage(String text) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"200\" height=\"70\">"
                + "<rect width=\"200\" height=\"70\" fill=\"#eee\"/>"
                + "<text x=\"20\" y=\"45\" font-family=\"monospace\" font-size=\"32\" fill=\"#333\">" + escape(text) + "</text>"
                + "</svg>";
    }

    static String mapLanding() {
        return page("Amazon", "<div class=\"a-section\"><h1>Looking for something?</h1>"
                + "<p>Sign-in finished. Copy the address of this page into Shelfsync.</p></div>");
    }

    private static String hiddenFields(SignInSession session, String appAction) {
        return hidden("appActionToken", SecureTokens.alphanumeric(40))
                + hidden("appAction", appAction)
                + hidden(SignInSessions.STATE_FIELD, session.id())
                + hidden("openid.return_to", session.returnTo())
                + hidden("prevRID", SecureTokens.alphanumeric(20))
                + hidden("create", "0");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + escape(name) + "\" value=\"" + escape(value) + "\">";
    }

    private static String errorBox(String message) {
        return alertBox("auth-error-message-box", "a-alert-error", "There was a problem", message);
    }

    private static String warningBox(String message) {
        return alertBox("auth-warning-message-box", "a-alert-warning", "Important Message!", message);
    }

    private static String alertBox(String id, String cssClass, String heading, String message) {
        if (message == null) {
            return "";
        }
        return "<div id=\"" + id + "\" class=\"a-box a-alert " + cssClass + " auth-server-side-message-box a-spacing-base\">"
                + "<div class=\"a-box-inner a-alert-container\"><h4 class=\"a-alert-heading\">" + escape(heading) + "</h4>"
                + "<div class=\"a-alert-content\"><ul class=\"a-unordered-list a-nostyle a-vertical a-spacing-none\">"
                + "<li><span class=\"a-list-item\">" + escape(message) + "</span></li></ul></div></div></div>";
    }

    private static String page(String title, String body) {
        return "<!doctype html><html lang=\"en-us\" class=\"a-no-js\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title dir=\"ltr\">" + escape(title) + "</title></head>"
                + "<body><div id=\"a-page\"><div class=\"a-section a-padding-medium auth-workflow\">"
                + body
                + "</div></div></body></html>";
    }

    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        for (char c : value.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}

package dev.shelfsync.tracker.audible;

/**
 * {@code POST /api/audible/auth}: either the browser path ({@code redirect_url} + {@code login_state} from
 * {@code POST /api/audible/login-url}) or the password path ({@code email} + {@code password}, and
 * {@code otp_code} when asked). The password is passed to the adapter once and never stored or logged.
 */
public record ConnectRequest(String countryCode, String redirectUrl, String loginState,
                             String email, String password, String otpCode) {

    boolean browserLogin() {
        return redirectUrl != null && !redirectUrl.isBlank();
    }

    @Override
    public String toString() {
        return "ConnectRequest[countryCode=" + countryCode + ", browserLogin=" + browserLogin() + "]";
    }
}

package dev.shelfsync.contracts.adapter;

/**
 * {@code POST /api/auth}. Either the browser path ({@code redirectUrl} + {@code loginState}) or the
 * password path ({@code email} + {@code password}, {@code otpCode} when 2-step verification asks for it).
 * The password is used for this call only.
 */
public record AuthRequest(String countryCode, String redirectUrl, String loginState,
                          String email, String password, String otpCode) {

    public boolean isBrowserLogin() {
        return redirectUrl != null && !redirectUrl.isBlank();
    }

    @Override
    public String toString() {
        return "AuthRequest[countryCode=" + countryCode + ", browserLogin=" + isBrowserLogin() + "]";
    }
}

package dev.shelfsync.contracts;

/** Stable error codes used in {@link ApiResponse#error()} by both services. */
public final class ErrorCodes {
    public static final String VALIDATION_FAILED = "validation_failed";
    public static final String UNAUTHORIZED = "unauthorized";
    public static final String NOT_FOUND = "not_found";
    public static final String CONFLICT = "conflict";
    public static final String SYNC_IN_PROGRESS = "sync_in_progress";
    public static final String RATE_LIMITED = "rate_limited";
    /** Audible needs the user to sign in again (refresh failed, device revoked). */
    public static final String RELOGIN_REQUIRED = "relogin_required";
    /** Password login hit a step only a browser can answer (CAPTCHA, approval, e-mailed code). */
    public static final String BROWSER_LOGIN_REQUIRED = "browser_login_required";
    /** Amazon refused the e-mail and password, or the sign-in it was asked to complete. */
    public static final String AUDIBLE_LOGIN_FAILED = "audible_login_failed";
    /** The password login needs a one-time password (2-step verification). */
    public static final String OTP_REQUIRED = "otp_required";
    public static final String AUDIBLE_UNAVAILABLE = "audible_unavailable";
    public static final String AUDIBLE_RATE_LIMITED = "audible_rate_limited";
    public static final String ADAPTER_UNAVAILABLE = "adapter_unavailable";
    public static final String INTERNAL_ERROR = "internal_error";

    private ErrorCodes() {
    }
}

package dev.shelfsync.sandbox;

/** What the sign-in answers with after the credentials (and the OTP, if configured) were accepted. */
public enum SignInChallenge {
    /** Straight to the authorization code. */
    NONE,
    /** An image CAPTCHA before the credentials are checked; the answer is {@link AudibleSandbox#CAPTCHA_SOLUTION}. */
    CAPTCHA,
    /** An "approve the sign-in" alert; re-polling the alert page approves it after a few polls. */
    APPROVAL,
    /** A CVF page asking for the code "sent by e-mail", which is {@link AudibleSandbox#CVF_CODE}. */
    CVF_CODE
}

package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.error.AdapterException;
import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.contracts.adapter.LoginUrlResult;
import jakarta.ws.rs.core.Response;

/** The password login stopped at a step the adapter cannot answer for the user. */
public class SignInChallengeException extends AdapterException {

    private static final Response.StatusType PRECONDITION_REQUIRED = new Response.StatusType() {
        @Override
        public int getStatusCode() {
            return 428;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return "Precondition Required";
        }
    };

    private SignInChallengeException(Response.StatusType status, String code, String message, Object data) {
        super(status, code, message, data, null, null);
    }

    /** 401 {@code otp_required}: 2-step verification is on; send the current code as {@code otp_code}. */
    static SignInChallengeException otpRequired(boolean codeWasRejected) {
        return new SignInChallengeException(Response.Status.UNAUTHORIZED, ErrorCodes.OTP_REQUIRED,
                codeWasRejected ? "Amazon did not accept the one-time password; send the current code as otp_code."
                        : "Amazon asks for a one-time password; send the current code as otp_code.", null);
    }

    /** 428 {@code browser_login_required}, carrying a login URL and state for the browser path. */
    static SignInChallengeException browserLoginRequired(String what, LoginUrlResult browserLogin) {
        return new SignInChallengeException(PRECONDITION_REQUIRED, ErrorCodes.BROWSER_LOGIN_REQUIRED,
                "Amazon asks for " + what + ", which only a browser can answer; open data.login_url, sign in, "
                        + "and send the address you land on as redirect_url with data.login_state.", browserLogin);
    }

    /** 401 {@code audible_login_failed}: Amazon refused the e-mail or password. */
    static SignInChallengeException credentialsRejected(String amazonMessage) {
        return new SignInChallengeException(Response.Status.UNAUTHORIZED, ErrorCodes.AUDIBLE_LOGIN_FAILED,
                "Amazon did not accept the sign-in" + (amazonMessage == null ? "." : ": " + amazonMessage), null);
    }
}

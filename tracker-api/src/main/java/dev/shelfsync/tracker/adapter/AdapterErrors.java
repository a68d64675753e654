package dev.shelfsync.tracker.adapter;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.tracker.error.ApiException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;

import java.util.Set;

/**
 * Turns the adapter's error envelopes into {@link ApiException}s. This runs inside the REST client, so the
 * fault-tolerance layer only ever sees an {@link AdapterUnavailableException} for failures worth retrying:
 * the adapter itself failing, not Audible (which the adapter has already retried).
 */
final class AdapterErrors {

    /** Errors the user can act on (sign in again, give the OTP, use the browser, fix the input); passed through. */
    private static final Set<String> USER_ACTIONABLE = Set.of(ErrorCodes.RELOGIN_REQUIRED,
            ErrorCodes.AUDIBLE_LOGIN_FAILED, ErrorCodes.BROWSER_LOGIN_REQUIRED, ErrorCodes.OTP_REQUIRED,
            ErrorCodes.VALIDATION_FAILED);

    private AdapterErrors() {
    }

    record ErrorBody(String error, String message, JsonNode data) {
    }

    static ApiException from(Response response) {
        int status = response.getStatus();
        ErrorBody body = readBody(response);
        String code = body == null ? null : body.error();
        String message = body == null || body.message() == null ? "HTTP " + status : body.message();
        if (status >= 500 || status == 429) {
            if (ErrorCodes.AUDIBLE_UNAVAILABLE.equals(code) || ErrorCodes.AUDIBLE_RATE_LIMITED.equals(code)) {
                // The adapter already backed off and retried Audible; retrying here would multiply the calls,
                // and Audible being down says nothing about the adapter's health (the breaker's concern).
                return new ApiException(503, code, "Audible is not answering right now (" + message + "); try again later.");
            }
            return new AdapterUnavailableException(502, ErrorCodes.ADAPTER_UNAVAILABLE,
                    "The Audible adapter failed (" + message + "); try again later.");
        }
        if (code != null && USER_ACTIONABLE.contains(code)) {
            return new ApiException(status, code, message, null, null, body.data());
        }
        if (status == 401 || status == 403) {
            return new ApiException(502, ErrorCodes.ADAPTER_UNAVAILABLE,
                    "The Audible adapter refused tracker-api's secret; AUDIBLE_API_SECRET must be the same on both services.");
        }
        return new ApiException(502, ErrorCodes.ADAPTER_UNAVAILABLE,
                "The Audible adapter rejected the request (HTTP " + status + ": " + message + ").");
    }

    private static ErrorBody readBody(Response response) {
        try {
            return response.readEntity(ErrorBody.class);
        } catch (ProcessingException | IllegalStateException e) {
            return null;
        }
    }
}

package dev.shelfsync.tracker.adapter;

import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.tracker.error.ApiException;

/**
 * The adapter or Audible behind it could not serve the call (5xx, unreachable, too slow, breaker open). The
 * only adapter failure that is retried and that counts against the circuit breaker.
 */
public class AdapterUnavailableException extends ApiException {

    AdapterUnavailableException(int status, String code, String message) {
        super(status, code, message);
    }

    /** {@code cause}: what ended the last attempt (kept for the call metrics, never shown to the user). */
    static AdapterUnavailableException unreachable(Throwable cause) {
        AdapterUnavailableException e = new AdapterUnavailableException(503, ErrorCodes.ADAPTER_UNAVAILABLE,
                "The Audible adapter is not answering. Check that it is running at AUDIBLE_SERVICE_URL and "
                        + "try again in a minute; nothing was changed.");
        e.initCause(cause);
        return e;
    }
}

package dev.shelfsync.adapter.audible;

import dev.shelfsync.adapter.error.AdapterException;
import dev.shelfsync.contracts.ErrorCodes;
import jakarta.ws.rs.core.Response;

/** Audible answered with a 4xx other than 429: not retried. 401/403 mean the credentials were not accepted. */
public class AudibleRejectedException extends AdapterException {

    private final int upstreamStatus;

    public AudibleRejectedException(int upstreamStatus) {
        super(upstreamStatus == 404 ? Response.Status.NOT_FOUND : Response.Status.BAD_GATEWAY,
                upstreamStatus == 404 ? ErrorCodes.NOT_FOUND : ErrorCodes.AUDIBLE_UNAVAILABLE,
                upstreamStatus == 404 ? "Audible does not know this item."
                        : "Audible rejected the request (HTTP " + upstreamStatus + ").");
        this.upstreamStatus = upstreamStatus;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }

    public boolean credentialsRejected() {
        return upstreamStatus == 401 || upstreamStatus == 403;
    }

    /** Throws the matching exception for a non-2xx status. */
    static void raiseFor(int status, String retryAfterHeader) {
        if (status == 429 || status >= 500) {
            throw new AudibleTransientException(status, AudibleTransientException.parseRetryAfter(retryAfterHeader));
        }
        if (status >= 400 || status < 200) {
            throw new AudibleRejectedException(status);
        }
    }
}

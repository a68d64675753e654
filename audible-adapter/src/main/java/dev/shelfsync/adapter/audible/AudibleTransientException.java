package dev.shelfsync.adapter.audible;

import dev.shelfsync.adapter.error.AdapterException;
import dev.shelfsync.contracts.ErrorCodes;
import jakarta.ws.rs.core.Response;

import java.time.Duration;

/**
 * Audible answered 429 or 5xx, or did not answer: worth retrying. When retries run out the caller gets a 503,
 * with the {@code Retry-After} Audible asked for on a 429.
 */
public class AudibleTransientException extends AdapterException {

    private final int upstreamStatus;

    public AudibleTransientException(int upstreamStatus, Duration retryAfter) {
        super(Response.Status.SERVICE_UNAVAILABLE,
                upstreamStatus == 429 ? ErrorCodes.AUDIBLE_RATE_LIMITED : ErrorCodes.AUDIBLE_UNAVAILABLE,
                upstreamStatus == 429 ? "Audible is rate-limiting requests; try again later."
                        : upstreamStatus == 0 ? "Audible did not answer; try again later."
                        : "Audible is unavailable (HTTP " + upstreamStatus + "); try again later.",
                null, null, upstreamStatus == 429 && retryAfter == null ? Duration.ofSeconds(60) : retryAfter);
        this.upstreamStatus = upstreamStatus;
    }

    public int upstreamStatus() {
        return upstreamStatus;
    }

    /** Classifies a {@code Retry-After} header value in seconds (HTTP dates are rare here and treated as absent). */
    static Duration parseRetryAfter(String header) {
        if (header == null || !header.trim().matches("\\d{1,6}")) {
            return null;
        }
        return Duration.ofSeconds(Long.parseLong(header.trim()));
    }
}

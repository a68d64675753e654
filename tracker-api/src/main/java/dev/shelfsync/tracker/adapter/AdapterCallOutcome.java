package dev.shelfsync.tracker.adapter;

import dev.shelfsync.tracker.error.ApiException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/** How an adapter call ended, as the {@code outcome} tag of {@code shelfsync.adapter.calls}. */
enum AdapterCallOutcome {
    SUCCESS("success"),
    /** The adapter answered with an error the user can act on (4xx): the adapter itself is fine. */
    CLIENT_ERROR("client_error"),
    UNAVAILABLE("unavailable"),
    TIMEOUT("timeout"),
    CIRCUIT_OPEN("circuit_open");

    private final String tag;

    AdapterCallOutcome(String tag) {
        this.tag = tag;
    }

    String tag() {
        return tag;
    }

    /** The fallbacks wrap what ended the call, so the cause tells a timeout or an open breaker from an outage. */
    static AdapterCallOutcome of(Throwable failure) {
        if (failure instanceof AdapterUnavailableException && failure.getCause() != null) {
            return of(failure.getCause());
        }
        if (failure instanceof CircuitBreakerOpenException) {
            return CIRCUIT_OPEN;
        }
        if (failure instanceof TimeoutException) {
            return TIMEOUT;
        }
        if (failure instanceof ApiException api && api.status() < 500) {
            return CLIENT_ERROR;
        }
        return UNAVAILABLE;
    }
}

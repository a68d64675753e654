package dev.shelfsync.adapter.error;

import jakarta.ws.rs.core.Response;

import java.time.Duration;
import java.util.Map;

/**
 * A failure the caller should see as an envelope with a stable code. Messages are written for the caller and never
 * contain tokens, cookies, keys or passwords.
 */
public class AdapterException extends RuntimeException {

    private final Response.StatusType status;
    private final String code;
    private final Object data;
    private final Map<String, String> details;
    private final Duration retryAfter;

    public AdapterException(Response.StatusType status, String code, String message) {
        this(status, code, message, null, null, null);
    }

    protected AdapterException(Response.StatusType status, String code, String message, Object data,
                               Map<String, String> details, Duration retryAfter) {
        super(message, null, false, false);
        this.status = status;
        this.code = code;
        this.data = data;
        this.details = details;
        this.retryAfter = retryAfter;
    }

    public Response.StatusType status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object data() {
        return data;
    }

    public Map<String, String> details() {
        return details;
    }

    /** When set, sent back as {@code Retry-After} (whole seconds). */
    public Duration retryAfter() {
        return retryAfter;
    }
}

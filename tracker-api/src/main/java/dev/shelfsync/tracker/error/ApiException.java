package dev.shelfsync.tracker.error;

import dev.shelfsync.contracts.ErrorCodes;

import java.util.Map;

/**
 * An expected failure that reaches the caller as the error envelope with the given HTTP status and stable
 * code. Services throw it; {@link ApiExceptionMapper} renders it.
 */
public class ApiException extends RuntimeException {

    private final int status;
    private final String code;
    private final Map<String, String> details;
    private final Long retryAfterSeconds;
    private final transient Object data;

    public ApiException(int status, String code, String message, Map<String, String> details,
                        Long retryAfterSeconds, Object data) {
        super(message);
        this.status = status;
        this.code = code;
        this.details = details;
        this.retryAfterSeconds = retryAfterSeconds;
        this.data = data;
    }

    public ApiException(int status, String code, String message) {
        this(status, code, message, null, null, null);
    }

    /** 400 naming the field and why it was refused. */
    public static ApiException invalid(String field, String reason) {
        return new ApiException(400, ErrorCodes.VALIDATION_FAILED, field + ": " + reason,
                Map.of(field, reason), null, null);
    }

    /** 400 naming each refused field and why. */
    public static ApiException invalid(Map<String, String> reasonsByField) {
        return new ApiException(400, ErrorCodes.VALIDATION_FAILED, "Invalid " + String.join(", ", reasonsByField.keySet()),
                Map.copyOf(reasonsByField), null, null);
    }

    /** 404 for something that does not exist or belongs to another user (the two are not told apart). */
    public static ApiException notFound(String what, Object id) {
        return new ApiException(404, ErrorCodes.NOT_FOUND, what + " " + id + " not found");
    }

    public static ApiException conflict(String code, String message) {
        return new ApiException(409, code, message);
    }

    /** 429 with the reason and, when known, a Retry-After in seconds. */
    public static ApiException rateLimited(String reason, Long retryAfterSeconds) {
        return new ApiException(429, ErrorCodes.RATE_LIMITED, reason, null, retryAfterSeconds, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, String> details() {
        return details;
    }

    public Long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    public Object data() {
        return data;
    }
}

package dev.shelfsync.contracts;

import java.util.Map;

/**
 * The envelope every Shelfsync answer travels in: {@code {success, message?, data?, error?, details?}}.
 *
 * @param success whether the call did what was asked
 * @param message a human sentence (what happened, or what to do about an error)
 * @param data    the payload; on some errors, data the caller needs to recover (e.g. a login URL)
 * @param error   a stable machine-readable code on failure, e.g. {@code validation_failed}
 * @param details per-field reasons for validation errors (field name to reason)
 */
public record ApiResponse<T>(boolean success, String message, T data, String error, Map<String, String> details) {

    public static <T> ApiResponse<T> ok(T data) {
        return new ApiResponse<>(true, null, data, null, null);
    }

    public static <T> ApiResponse<T> ok(String message, T data) {
        return new ApiResponse<>(true, message, data, null, null);
    }

    public static <T> ApiResponse<T> failure(String error, String message) {
        return new ApiResponse<>(false, message, null, error, null);
    }

    public static <T> ApiResponse<T> failure(String error, String message, T data) {
        return new ApiResponse<>(false, message, data, error, null);
    }

    public static <T> ApiResponse<T> invalid(String message, Map<String, String> details) {
        return new ApiResponse<>(false, message, null, ErrorCodes.VALIDATION_FAILED, details);
    }
}

package dev.shelfsync.tracker.error;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.ErrorCodes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** Builds the error envelope responses shared by the exception mappers. */
final class ErrorResponses {

    private ErrorResponses() {
    }

    static Response.ResponseBuilder builder(int status, String code, String message, Map<String, String> details,
                                            Object data) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiResponse<>(false, message, data, code, details));
    }

    static Response envelope(int status, String code, String message) {
        return builder(status, code, message, null, null).build();
    }

    /** 400 naming the fields that were refused and why. */
    static Response invalid(Map<String, String> details) {
        String message = details.isEmpty()
                ? "The request is invalid"
                : "Invalid " + String.join(", ", details.keySet());
        return builder(400, ErrorCodes.VALIDATION_FAILED, message, details, null).build();
    }
}

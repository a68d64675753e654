package dev.shelfsync.adapter.error;

import dev.shelfsync.contracts.ErrorCodes;
import jakarta.ws.rs.core.Response;

import java.util.Map;

/** 400: the request is missing something or holds a value we cannot use; {@code details} names each field. */
public class InvalidRequestException extends AdapterException {

    public InvalidRequestException(Map<String, String> details) {
        super(Response.Status.BAD_REQUEST, ErrorCodes.VALIDATION_FAILED,
                "The request is invalid: " + String.join(", ", details.keySet()), null, Map.copyOf(details), null);
    }

    public static InvalidRequestException field(String field, String reason) {
        return new InvalidRequestException(Map.of(field, reason));
    }
}

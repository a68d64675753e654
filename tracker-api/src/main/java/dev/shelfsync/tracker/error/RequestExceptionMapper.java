package dev.shelfsync.tracker.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.shelfsync.contracts.ErrorCodes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.ClientWebApplicationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Requests the framework refused before any resource ran: unknown route (404), wrong method (405), wrong media
 * type (415), and bodies that are not JSON or carry a wrong type (400 naming the field when it is known).
 */
public class RequestExceptionMapper {

    private static final Map<Integer, String> CODES = Map.of(
            400, ErrorCodes.VALIDATION_FAILED,
            401, ErrorCodes.UNAUTHORIZED,
            404, ErrorCodes.NOT_FOUND,
            405, "method_not_allowed",
            406, "not_acceptable",
            415, "unsupported_media_type");

    private static final List<String> PRESERVED_HEADERS = List.of(HttpHeaders.ALLOW, HttpHeaders.WWW_AUTHENTICATE);

    private final UnexpectedExceptionMapper unexpected;

    public RequestExceptionMapper(UnexpectedExceptionMapper unexpected) {
        this.unexpected = unexpected;
    }

    @ServerExceptionMapper
    public Response map(WebApplicationException e) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return map(json);
        }
        if (e instanceof NotFoundException && e.getCause() != null) {
            // Quarkus REST answers 404 when a path or query parameter cannot be converted to its Java type.
            return ErrorResponses.envelope(400, ErrorCodes.VALIDATION_FAILED,
                    "A path or query parameter has the wrong type (for example text where a number belongs)");
        }
        int status = e.getResponse().getStatus();
        // A REST client's failure carries the remote service's status, which says nothing about this request.
        if (status >= 500 || e instanceof ClientWebApplicationException) {
            return unexpected.map(e);
        }
        Response.ResponseBuilder response = ErrorResponses.builder(status,
                CODES.getOrDefault(status, "http_" + status), messageFor(status, e), null, null);
        for (String header : PRESERVED_HEADERS) {
            String value = e.getResponse().getHeaderString(header);
            if (value != null) {
                response.header(header, value);
            }
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response map(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            return ErrorResponses.invalid(Map.of(field, reasonFor(mapping)));
        }
        return ErrorResponses.envelope(400, ErrorCodes.VALIDATION_FAILED, "The request body is not valid JSON");
    }

    /** Claimed explicitly: Quarkus ships a mapper for this subtype that would answer without the envelope. */
    @ServerExceptionMapper
    public Response map(MismatchedInputException e) {
        return map((JsonProcessingException) e);
    }

    private static String reasonFor(JsonMappingException e) {
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return "must be one of " + Arrays.stream(target.getEnumConstants())
                        .map(Object::toString).collect(Collectors.joining(", "));
            }
            return "'" + format.getValue() + "' is not a valid " + simpleTypeName(target);
        }
        return "has the wrong type or shape";
    }

    private static String simpleTypeName(Class<?> type) {
        if (type == null) {
            return "value";
        }
        return switch (type.getSimpleName()) {
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "BigDecimal", "Double", "double" -> "number";
            default -> type.getSimpleName().toLowerCase();
        };
    }

    private static String messageFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No such route";
            case 405 -> "This route does not accept that HTTP method";
            case 415 -> "Send the body as application/json";
            case 406 -> "This route answers application/json only";
            default -> e.getMessage();
        };
    }
}

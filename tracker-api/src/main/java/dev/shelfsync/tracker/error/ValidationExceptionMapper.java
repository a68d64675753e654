package dev.shelfsync.tracker.error;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Bean Validation failures as 400 {@code validation_failed}; details name each field as it appears on the wire
 * ({@code total_pages}, not {@code create.arg0.totalPages}).
 */
public class ValidationExceptionMapper {

    @ServerExceptionMapper
    public Response map(ConstraintViolationException e) {
        Map<String, String> details = new TreeMap<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            details.merge(wireName(violation.getPropertyPath()), violation.getMessage(), (a, b) -> a + "; " + b);
        }
        return ErrorResponses.invalid(details);
    }

    /** The bean property nodes of the path in snake_case; the method and its parameter are left out. */
    static String wireName(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.PROPERTY) {
                names.add(FieldNames.snakeCase(node.getName()));
            } else if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
            }
        }
        if (names.isEmpty()) {
            return parameter == null ? "request" : FieldNames.snakeCase(parameter);
        }
        return String.join(".", names);
    }
}

package dev.shelfsync.tracker.error;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders the expected failures services throw ({@link ApiException}) as the envelope. */
public class ApiExceptionMapper {

    @ServerExceptionMapper
    public Response map(ApiException e) {
        Response.ResponseBuilder response = ErrorResponses.builder(e.status(), e.code(), e.getMessage(), e.details(),
                e.data());
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", Math.max(1, e.retryAfterSeconds()));
        }
        return response.build();
    }
}

package dev.shelfsync.tracker.error;

import dev.shelfsync.contracts.ApiResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Renders every error of the API as the envelope; no stack trace ever reaches a client. */
public class ApiExceptionMapper {

    @ServerExceptionMapper
    public Response map(ApiException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ApiResponse<>(false, e.getMessage(), e.data(), e.code(), e.details()));
        if (e.retryAfterSeconds() != null) {
            response.header("Retry-After", Math.max(1, e.retryAfterSeconds()));
        }
        return response.build();
    }
}

package dev.shelfsync.adapter.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.ErrorCodes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every failure leaves as the envelope with a stable code; stack traces stay in the server log. */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @ServerExceptionMapper
    public Response adapterFailure(AdapterException e) {
        Response.ResponseBuilder response = Response.status(e.status())
                .type(MediaType.APPLICATION_JSON)
                .entity(new ApiResponse<>(false, e.getMessage(), e.data(), e.code(), e.details()));
        if (e.retryAfter() != null) {
            response.header("Retry-After", Math.max(1, e.retryAfter().toSeconds()));
        }
        return response.build();
    }

    @ServerExceptionMapper
    public Response unreadableBody(JsonProcessingException e) {
        return envelope(Response.Status.BAD_REQUEST, ApiResponse.failure(ErrorCodes.VALIDATION_FAILED,
                "The request body is not valid JSON for this endpoint."));
    }

    @ServerExceptionMapper
    public Response httpFailure(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String code = switch (status.getStatusCode()) {
            case 400, 415 -> ErrorCodes.VALIDATION_FAILED;
            case 401, 403 -> ErrorCodes.UNAUTHORIZED;
            case 404, 405 -> ErrorCodes.NOT_FOUND;
            default -> ErrorCodes.INTERNAL_ERROR;
        };
        return envelope(status, ApiResponse.failure(code, status.getReasonPhrase()));
    }

    @ServerExceptionMapper
    public Response unexpected(RuntimeException e) {
        LOG.errorf("Unexpected %s: %s", e.getClass().getName(), e.getMessage());
        return envelope(Response.Status.INTERNAL_SERVER_ERROR,
                ApiResponse.failure(ErrorCodes.INTERNAL_ERROR, "Something went wrong in the adapter."));
    }

    private static Response envelope(Response.StatusType status, ApiResponse<?> body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body).build();
    }
}

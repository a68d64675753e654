package dev.shelfsync.tracker.adapter;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.AuthRequest;
import dev.shelfsync.contracts.adapter.AuthResult;
import dev.shelfsync.contracts.adapter.DeregisterResult;
import dev.shelfsync.contracts.adapter.LibraryResult;
import dev.shelfsync.contracts.adapter.LoginUrlRequest;
import dev.shelfsync.contracts.adapter.LoginUrlResult;
import io.quarkus.rest.client.reactive.ClientExceptionMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.annotation.ClientHeaderParam;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The audible-adapter's HTTP API. Only {@link AudibleAdapterClient} calls it. */
@RegisterRestClient(configKey = "audible-adapter")
@ClientHeaderParam(name = "X-API-Secret", value = "${shelfsync.adapter.api-secret}")
interface AudibleAdapterApi {

    @POST
    @Path("/api/auth/login-url")
    ApiResponse<LoginUrlResult> loginUrl(LoginUrlRequest request);

    @POST
    @Path("/api/auth")
    ApiResponse<AuthResult> authenticate(AuthRequest request);

    @POST
    @Path("/api/library")
    ApiResponse<LibraryResult> library(AuthBlobRequest request);

    @POST
    @Path("/api/deregister")
    ApiResponse<DeregisterResult> deregister(AuthBlobRequest request);

    @GET
    @Path("/health")
    Response health();

    @ClientExceptionMapper
    static RuntimeException toException(Response response) {
        return AdapterErrors.from(response);
    }
}

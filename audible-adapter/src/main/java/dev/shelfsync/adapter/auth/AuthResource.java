package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.AuthRequest;
import dev.shelfsync.contracts.adapter.AuthResult;
import dev.shelfsync.contracts.adapter.DeregisterResult;
import dev.shelfsync.contracts.adapter.LoginUrlRequest;
import dev.shelfsync.contracts.adapter.LoginUrlResult;
import dev.shelfsync.contracts.adapter.RefreshResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    private final LoginUrlService loginUrls;
    private final AuthService auth;

    public AuthResource(LoginUrlService loginUrls, AuthService auth) {
        this.loginUrls = loginUrls;
        this.auth = auth;
    }

    @POST
    @Path("/auth/login-url")
    public ApiResponse<LoginUrlResult> loginUrl(LoginUrlRequest request) {
        return ApiResponse.ok(loginUrls.start(Marketplace.require(request == null ? null : request.countryCode(),
                "country_code")));
    }

    @POST
    @Path("/auth")
    public ApiResponse<AuthResult> login(AuthRequest request) {
        return ApiResponse.ok("Signed in to Audible.", auth.login(request));
    }

    @POST
    @Path("/refresh-token")
    public ApiResponse<RefreshResult> refresh(AuthBlobRequest request) {
        return ApiResponse.ok(auth.refresh(request));
    }

    @POST
    @Path("/deregister")
    public ApiResponse<DeregisterResult> deregister(AuthBlobRequest request) {
        return ApiResponse.ok("The device was removed from the Amazon account.", auth.deregister(request));
    }
}

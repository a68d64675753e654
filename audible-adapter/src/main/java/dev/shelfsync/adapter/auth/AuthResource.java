package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.adapter.openapi.ApiDocs;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Auth")
@SecurityRequirement(name = ApiDocs.API_SECRET)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class AuthResource {

    private final LoginUrlService loginUrls;
    private final AuthService auth;

    public AuthResource(LoginUrlService loginUrls, AuthService auth) {
        this.loginUrls = loginUrls;
        this.auth = auth;
    }

    @POST
    @Path("/auth/login-url")
    @Operation(summary = "Amazon sign-in URL for a browser login, with the state to send back to POST /api/auth")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "marketplace", value = """
            {"country_code": "us"}""")))
    @APIResponse(responseCode = "200", description = "The sign-in URL", content = @Content(examples = @ExampleObject(
            name = "login", value = """
            {"success": true, "data": {"login_url": "https://www.amazon.com/ap/signin?...",
             "login_state": "eyJ2ZXJpZmllciI6..."}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public ApiResponse<LoginUrlResult> loginUrl(LoginUrlRequest request) {
        return ApiResponse.ok(loginUrls.start(Marketplace.require(request == null ? null : request.countryCode(),
                "country_code")));
    }

    @POST
    @Path("/auth")
    @Operation(summary = "Sign in (browser redirect URL, or e-mail, password and OTP) and register a device")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "password", value = """
            {"country_code": "us", "email": "reader@example.com", "password": "********", "otp_code": "123456"}""")))
    @APIResponse(responseCode = "200", description = "Signed in; keep auth, it is the encrypted login", content = @Content(examples = @ExampleObject(
            name = "signed in", value = """
            {"success": true, "message": "Signed in to Audible.", "data": {"auth": "gAAAAABl...",
             "expires_at": "2025-01-07T22:40:00Z", "customer_name": "Alex Reader", "marketplace": "us"}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "502", ref = ApiDocs.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public ApiResponse<AuthResult> login(AuthRequest request) {
        return ApiResponse.ok("Signed in to Audible.", auth.login(request));
    }

    @POST
    @Path("/refresh-token")
    @Operation(summary = "Refresh the access token inside an auth blob")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "auth", value = """
            {"auth": "gAAAAABl...fernet-token...", "country_code": "us"}""")))
    @APIResponse(responseCode = "200", description = "The refreshed blob", content = @Content(examples = @ExampleObject(
            name = "refreshed", value = """
            {"success": true, "data": {"auth": "gAAAAABm...", "expires_at": "2025-01-07T23:40:00Z"}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "502", ref = ApiDocs.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public ApiResponse<RefreshResult> refresh(AuthBlobRequest request) {
        return ApiResponse.ok(auth.refresh(request));
    }

    @POST
    @Path("/deregister")
    @Operation(summary = "Remove the registered device from the Amazon account")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "auth", value = """
            {"auth": "gAAAAABl...fernet-token...", "country_code": "us"}""")))
    @APIResponse(responseCode = "200", description = "Removed", content = @Content(examples = @ExampleObject(
            name = "removed", value = """
            {"success": true, "message": "The device was removed from the Amazon account.", "data": {"deregistered": true}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "502", ref = ApiDocs.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public ApiResponse<DeregisterResult> deregister(AuthBlobRequest request) {
        return ApiResponse.ok("The device was removed from the Amazon account.", auth.deregister(request));
    }
}

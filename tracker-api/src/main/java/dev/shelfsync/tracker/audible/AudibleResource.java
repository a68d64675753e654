package dev.shelfsync.tracker.audible;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.LoginUrlRequest;
import dev.shelfsync.contracts.adapter.LoginUrlResult;
import dev.shelfsync.tracker.auth.CurrentUser;
import dev.shelfsync.tracker.error.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Connecting an Audible account, its settings, status and disconnecting. */
@Path("/api/audible")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AudibleResource {

    private final AudibleAccountService accounts;
    private final AudibleStatusService statuses;
    private final CurrentUser user;

    AudibleResource(AudibleAccountService accounts, AudibleStatusService statuses, CurrentUser user) {
        this.accounts = accounts;
        this.statuses = statuses;
        this.user = user;
    }

    @POST
    @Path("/login-url")
    public ApiResponse<LoginUrlResult> loginUrl(LoginUrlRequest request) {
        requireBody(request);
        return ApiResponse.ok("Open login_url in a browser, sign in, then send the final URL to POST /api/audible/auth",
                accounts.loginUrl(request.countryCode()));
    }

    @POST
    @Path("/auth")
    public ApiResponse<ConfigView> connect(ConnectRequest request) {
        requireBody(request);
        return ApiResponse.ok("Audible connected", accounts.connect(user.id(), request));
    }

    @GET
    @Path("/config")
    public ApiResponse<ConfigView> config() {
        return ApiResponse.ok(accounts.config(user.id()));
    }

    @PUT
    @Path("/config")
    public ApiResponse<ConfigView> updateConfig(ConfigUpdate update) {
        requireBody(update);
        return ApiResponse.ok("Settings saved", accounts.updateConfig(user.id(), update));
    }

    @GET
    @Path("/status")
    public ApiResponse<AudibleStatus> status() {
        return ApiResponse.ok(statuses.status(user.id()));
    }

    @POST
    @Path("/disconnect")
    @Consumes(MediaType.WILDCARD)
    public ApiResponse<Void> disconnect() {
        boolean wasConnected = accounts.disconnect(user.id());
        return ApiResponse.ok(wasConnected ? "Audible disconnected; the device was released" : "Audible was not connected",
                null);
    }

    private static void requireBody(Object body) {
        if (body == null) {
            throw ApiException.invalid("body", "a JSON body is required");
        }
    }
}

package dev.shelfsync.tracker.audible;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.LoginUrlRequest;
import dev.shelfsync.contracts.adapter.LoginUrlResult;
import dev.shelfsync.tracker.auth.CurrentUser;
import dev.shelfsync.tracker.error.ApiException;
import dev.shelfsync.tracker.openapi.ApiDocs;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

/** Connecting an Audible account, its settings, status and disconnecting. */
@Path("/api/audible")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audible account")
@SecurityRequirement(name = ApiDocs.API_KEY)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
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
    @Operation(summary = "Start a browser login: the Amazon sign-in URL and the state to send back")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "marketplace", value = """
            {"country_code": "us"}""")))
    @APIResponse(responseCode = "200", description = "Open login_url in a browser", content = @Content(examples = @ExampleObject(
            name = "login", value = """
            {"success": true, "data": {"login_url": "https://www.amazon.com/ap/signin?...",
             "login_state": "eyJ2ZXJpZmllciI6..."}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "502", ref = ApiDocs.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public ApiResponse<LoginUrlResult> loginUrl(LoginUrlRequest request) {
        requireBody(request);
        return ApiResponse.ok("Open login_url in a browser, sign in, then send the final URL to POST /api/audible/auth",
                accounts.loginUrl(request.countryCode()));
    }

    @POST
    @Path("/auth")
    @Operation(summary = "Connect Audible: the browser login's final URL, or e-mail and password (and OTP)")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "browser login", value = """
            {"country_code": "us", "redirect_url": "https://www.amazon.com/ap/maplanding?openid.oa2.authorization_code=...",
             "login_state": "eyJ2ZXJpZmllciI6..."}""")))
    @APIResponse(responseCode = "200", description = "Connected", content = @Content(examples = @ExampleObject(
            name = "connected", value = """
            {"success": true, "data": {"connected": true, "email": "reader@example.com", "customer_name": "Alex Reader",
             "marketplace": "us", "enabled": true, "auto_sync_progress": true, "sync_interval_minutes": 15,
             "daily_sync_limit": 50, "sync_count_today": 3, "last_sync_at": "2025-01-07T21:40:00Z"}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "502", ref = ApiDocs.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public ApiResponse<ConfigView> connect(ConnectRequest request) {
        requireBody(request);
        return ApiResponse.ok("Audible connected", accounts.connect(user.id(), request));
    }

    @GET
    @Path("/config")
    @Operation(summary = "The caller's Audible connection and sync settings")
    @APIResponse(responseCode = "200", description = "Settings", content = @Content(examples = @ExampleObject(
            name = "config", value = """
            {"success": true, "data": {"connected": true, "email": "reader@example.com", "customer_name": "Alex Reader",
             "marketplace": "us", "enabled": true, "auto_sync_progress": true, "sync_interval_minutes": 15,
             "daily_sync_limit": 50, "sync_count_today": 3, "last_sync_at": "2025-01-07T21:40:00Z"}}""")))
    public ApiResponse<ConfigView> config() {
        return ApiResponse.ok(accounts.config(user.id()));
    }

    @PUT
    @Path("/config")
    @Operation(summary = "Change the sync settings")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "settings", value = """
            {"enabled": true, "auto_sync_progress": true, "sync_interval_minutes": 30}""")))
    @APIResponse(responseCode = "200", description = "Settings saved", content = @Content(examples = @ExampleObject(
            name = "config", value = """
            {"success": true, "data": {"connected": true, "email": "reader@example.com", "customer_name": "Alex Reader",
             "marketplace": "us", "enabled": true, "auto_sync_progress": true, "sync_interval_minutes": 15,
             "daily_sync_limit": 50, "sync_count_today": 3, "last_sync_at": "2025-01-07T21:40:00Z"}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public ApiResponse<ConfigView> updateConfig(ConfigUpdate update) {
        requireBody(update);
        return ApiResponse.ok("Settings saved", accounts.updateConfig(user.id(), update));
    }

    @GET
    @Path("/status")
    @Operation(summary = "Connection, last sync, statistics and whether a sync is allowed now")
    @APIResponse(responseCode = "200", description = "Status", content = @Content(examples = @ExampleObject(
            name = "status", value = """
            {"success": true, "data": {"connected": true, "last_sync": {"id": 118, "sync_type": "manual",
             "status": "success", "books_synced": 212, "books_matched": 180, "books_updated": 4, "conflicts_created": 0},
             "unmapped_count": 32, "can_sync": {"can_sync": false, "reason": "Synced less than 15 minutes ago",
             "next_allowed_at": "2025-01-07T21:55:00Z", "syncs_remaining_today": 47}}}""")))
    public ApiResponse<AudibleStatus> status() {
        return ApiResponse.ok(statuses.status(user.id()));
    }

    @POST
    @Path("/disconnect")
    @Operation(summary = "Disconnect Audible and release the registered device")
    @APIResponse(responseCode = "200", description = "Disconnected (or was not connected)", content = @Content(examples = @ExampleObject(
            name = "disconnected", value = """
            {"success": true, "message": "Audible disconnected; the device was released"}""")))
    @APIResponse(responseCode = "502", ref = ApiDocs.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
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

package dev.shelfsync.tracker.cron;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.tracker.error.ApiException;
import dev.shelfsync.tracker.openapi.ApiDocs;
import dev.shelfsync.tracker.sync.SyncType;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * {@code GET /api/cron/audible-sync}, for Railway/Vercel-style cron: {@code Authorization: Bearer $CRON_SECRET}.
 * Outside the API-key filter; the secret is its only guard.
 */
@Path("/api/cron/audible-sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audible sync")
@SecurityRequirement(name = ApiDocs.CRON_SECRET)
public class CronResource {

    private static final String BEARER = "Bearer ";

    private final CronConfig config;
    private final AutoSync autoSync;

    CronResource(CronConfig config, AutoSync autoSync) {
        this.config = config;
        this.autoSync = autoSync;
    }

    @GET
    @Operation(summary = "Sync every user whose sync is due (for an external cron job)")
    @APIResponse(responseCode = "200", description = "Each user's result", content = @Content(examples = @ExampleObject(
            name = "run", value = """
            {"success": true, "message": "Synced 1 of 2 users", "data": {"users_considered": 2, "synced": 1,
             "skipped": 1, "failed": 0, "results": [{"user_id": 7, "status": "success", "sync_log_id": 118, "titles": 212},
             {"user_id": 9, "status": "skipped", "reason": "Synced less than 15 minutes ago"}]}}""")))
    @APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public ApiResponse<AutoSyncSummary> run(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        String secret = config.secret().filter(s -> !s.isBlank()).orElseThrow(() -> new ApiException(503,
                ErrorCodes.INTERNAL_ERROR, "cron not configured: set CRON_SECRET on tracker-api and in the cron job"));
        if (!matches(authorization, secret)) {
            throw new ApiException(401, ErrorCodes.UNAUTHORIZED, "Send 'Authorization: Bearer <CRON_SECRET>'");
        }
        AutoSyncSummary summary = autoSync.run(SyncType.CRON);
        return ApiResponse.ok("Synced " + summary.synced() + " of " + summary.usersConsidered() + " users", summary);
    }

    private static boolean matches(String authorization, String secret) {
        String given = authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? authorization.substring(BEARER.length()).trim()
                : "";
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), secret.getBytes(StandardCharsets.UTF_8));
    }
}

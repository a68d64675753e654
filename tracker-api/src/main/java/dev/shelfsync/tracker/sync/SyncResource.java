package dev.shelfsync.tracker.sync;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.auth.CurrentUser;
import dev.shelfsync.tracker.openapi.ApiDocs;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/audible/sync}: sync the caller's Audible library now. */
@Path("/api/audible/sync")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audible sync")
@SecurityRequirement(name = ApiDocs.API_KEY)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class SyncResource {

    private final SyncService syncs;
    private final CurrentUser user;

    SyncResource(SyncService syncs, CurrentUser user) {
        this.syncs = syncs;
        this.user = user;
    }

    @POST
    @Operation(summary = "Sync the caller's Audible library now")
    @APIResponse(responseCode = "200", description = "The sync ran; status is success or partial", content = @Content(examples = @ExampleObject(
            name = "synced", value = """
            {"success": true, "message": "Synced 212 titles", "data": {"sync_log_id": 118, "status": "success",
             "titles": 212, "matched": 180, "conflicts": 2, "updated": 4, "duration_ms": 1830}}""")))
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    @APIResponse(responseCode = "429", ref = ApiDocs.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "502", ref = ApiDocs.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public ApiResponse<SyncReport> sync() {
        SyncReport report = syncs.sync(user.id(), SyncType.MANUAL);
        return ApiResponse.ok("Synced " + report.titles() + " titles", report);
    }
}

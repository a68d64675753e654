package dev.shelfsync.tracker.sync;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.auth.CurrentUser;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/audible/sync}: sync the caller's Audible library now. */
@Path("/api/audible/sync")
@Produces(MediaType.APPLICATION_JSON)
public class SyncResource {

    private final SyncService syncs;
    private final CurrentUser user;

    SyncResource(SyncService syncs, CurrentUser user) {
        this.syncs = syncs;
        this.user = user;
    }

    @POST
    public ApiResponse<SyncReport> sync() {
        SyncReport report = syncs.sync(user.id(), SyncType.MANUAL);
        return ApiResponse.ok("Synced " + report.titles() + " titles", report);
    }
}

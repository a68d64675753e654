package dev.shelfsync.tracker.conflicts;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.auth.CurrentUser;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** Titles the sync could not match with certainty, and their resolution. */
@Path("/api/audible/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConflictResource {

    private final ConflictService conflicts;
    private final CurrentUser user;

    ConflictResource(ConflictService conflicts, CurrentUser user) {
        this.conflicts = conflicts;
        this.user = user;
    }

    @GET
    public ApiResponse<List<ConflictView>> list(@QueryParam("resolved") @DefaultValue("false") boolean resolved) {
        return ApiResponse.ok(conflicts.list(user.id(), resolved));
    }

    @POST
    @Path("/{id}/resolve")
    public ApiResponse<ConflictView> resolve(@PathParam("id") long id, ResolveRequest request) {
        return ApiResponse.ok("Conflict resolved", conflicts.resolve(user.id(), id, request));
    }
}

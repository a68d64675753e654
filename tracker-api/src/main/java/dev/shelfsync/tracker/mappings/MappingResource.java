package dev.shelfsync.tracker.mappings;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.auth.CurrentUser;
import dev.shelfsync.tracker.common.PageResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import java.util.List;

/** The caller's ASIN-to-book mappings. */
@Path("/api/audible/mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MappingResource {

    private final MappingService mappings;
    private final CurrentUser user;

    MappingResource(MappingService mappings, CurrentUser user) {
        this.mappings = mappings;
        this.user = user;
    }

    @GET
    public ApiResponse<PageResult<MappingView>> list(@QueryParam("page") @DefaultValue("1") int page,
                                                     @QueryParam("size") @DefaultValue("50") int size) {
        return ApiResponse.ok(mappings.page(user.id(), page, size));
    }

    @PUT
    @Path("/{id}")
    public ApiResponse<MappingView> update(@PathParam("id") long id, MappingUpdate update) {
        return ApiResponse.ok("Mapping updated", mappings.update(user.id(), id, update));
    }

    @GET
    @Path("/{id}/history")
    public ApiResponse<List<HistoryView>> history(@PathParam("id") long id) {
        return ApiResponse.ok(mappings.history(user.id(), id));
    }
}

package dev.shelfsync.tracker.mappings;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.auth.CurrentUser;
import dev.shelfsync.tracker.common.PageResult;
import dev.shelfsync.tracker.openapi.ApiDocs;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** The caller's ASIN-to-book mappings. */
@Path("/api/audible/mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audible mappings")
@SecurityRequirement(name = ApiDocs.API_KEY)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class MappingResource {

    private final MappingService mappings;
    private final CurrentUser user;

    MappingResource(MappingService mappings, CurrentUser user) {
        this.mappings = mappings;
        this.user = user;
    }

    @GET
    @Operation(summary = "The caller's ASIN-to-book mappings, paged")
    @APIResponse(responseCode = "200", description = "One page of mappings", content = @Content(examples = @ExampleObject(
            name = "page", value = """
            {"success": true, "data": {"items": [{"id": 31, "asin": "B08G9PRS1K", "book_id": 42, "audible_title": "Project Hail Mary",
             "audible_author": "Andy Weir", "runtime_minutes": 970, "last_known_percentage": 45.5, "is_finished": false,
             "match_confidence": 1.0, "match_method": "manual", "manually_confirmed": true, "sync_enabled": true}], "page": 1, "size": 50, "total": 1}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public ApiResponse<PageResult<MappingView>> list(@QueryParam("page") @DefaultValue("1") int page,
                                                     @QueryParam("size") @DefaultValue("50") int size) {
        return ApiResponse.ok(mappings.page(user.id(), page, size));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Turn syncing of one mapping on or off")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "pause", value = """
            {"sync_enabled": false}""")))
    @APIResponse(responseCode = "200", description = "Updated", content = @Content(examples = @ExampleObject(
            name = "mapping", value = """
            {"success": true, "message": "Mapping updated", "data": {"id": 31, "asin": "B08G9PRS1K", "book_id": 42, "audible_title": "Project Hail Mary",
             "audible_author": "Andy Weir", "runtime_minutes": 970, "last_known_percentage": 45.5, "is_finished": false,
             "match_confidence": 1.0, "match_method": "manual", "manually_confirmed": true, "sync_enabled": true}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ApiResponse<MappingView> update(@PathParam("id") long id, MappingUpdate update) {
        return ApiResponse.ok("Mapping updated", mappings.update(user.id(), id, update));
    }

    @GET
    @Path("/{id}/history")
    @Operation(summary = "Progress history of one mapping, newest first")
    @APIResponse(responseCode = "200", description = "The history", content = @Content(examples = @ExampleObject(
            name = "history", value = """
            {"success": true, "data": [{"id": 301, "percentage": 45.5, "position_seconds": 26480,
             "is_finished": false, "sync_log_id": 118, "created_at": "2025-01-07T21:40:00Z"}]}""")))
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ApiResponse<List<HistoryView>> history(@PathParam("id") long id) {
        return ApiResponse.ok(mappings.history(user.id(), id));
    }
}

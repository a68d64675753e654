package dev.shelfsync.tracker.conflicts;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.auth.CurrentUser;
import dev.shelfsync.tracker.openapi.ApiDocs;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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

/** Titles the sync could not match with certainty, and their resolution. */
@Path("/api/audible/conflicts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audible conflicts")
@SecurityRequirement(name = ApiDocs.API_KEY)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class ConflictResource {

    private final ConflictService conflicts;
    private final CurrentUser user;

    ConflictResource(ConflictService conflicts, CurrentUser user) {
        this.conflicts = conflicts;
        this.user = user;
    }

    @GET
    @Operation(summary = "Titles the sync could not match with certainty (open ones unless resolved=true)")
    @APIResponse(responseCode = "200", description = "The conflicts", content = @Content(examples = @ExampleObject(
            name = "conflicts", value = """
            {"success": true, "data": [{"id": 5, "asin": "B08G9PRS1K", "audible_title": "Project Hail Mary", "audible_author": "Andy Weir",
             "conflict_type": "low_confidence", "potential_matches": [{"book_id": 42, "title": "Project Hail Mary: A Novel",
             "author": "Andrew Weir", "type": "Book", "reason": "same_title", "title_score": 1.0, "author_score": 0.56}],
             "resolved": false, "created_at": "2025-01-07T21:40:00Z"}]}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    public ApiResponse<List<ConflictView>> list(@QueryParam("resolved") @DefaultValue("false") boolean resolved) {
        return ApiResponse.ok(conflicts.list(user.id(), resolved));
    }

    @POST
    @Path("/{id}/resolve")
    @Operation(summary = "Resolve a conflict: link it to a book, create a new book, or ignore the title")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "link", value = """
            {"action": "link", "book_id": 42}""")))
    @APIResponse(responseCode = "200", description = "Resolved", content = @Content(examples = @ExampleObject(
            name = "resolved", value = """
            {"success": true, "message": "Conflict resolved", "data": {"id": 5, "resolved": true, "resolution": "link", "resolved_book_id": 42}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ApiDocs.CONFLICT)
    public ApiResponse<ConflictView> resolve(@PathParam("id") long id, ResolveRequest request) {
        return ApiResponse.ok("Conflict resolved", conflicts.resolve(user.id(), id, request));
    }
}

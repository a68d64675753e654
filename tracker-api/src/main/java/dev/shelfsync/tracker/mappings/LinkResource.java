package dev.shelfsync.tracker.mappings;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.auth.CurrentUser;
import dev.shelfsync.tracker.error.ApiException;
import dev.shelfsync.tracker.openapi.ApiDocs;
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

/** {@code POST /api/audible/link}: the user says which book an Audible title is. */
@Path("/api/audible/link")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Audible mappings")
@SecurityRequirement(name = ApiDocs.API_KEY)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class LinkResource {

    private final MappingService mappings;
    private final CurrentUser user;

    LinkResource(MappingService mappings, CurrentUser user) {
        this.mappings = mappings;
        this.user = user;
    }

    @POST
    @Operation(summary = "Say which book an Audible title is")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "link", value = """
            {"asin": "B08G9PRS1K", "book_id": 42}""")))
    @APIResponse(responseCode = "200", description = "Linked", content = @Content(examples = @ExampleObject(
            name = "linked", value = """
            {"success": true, "message": "Linked", "data": {"id": 31, "asin": "B08G9PRS1K", "book_id": 42, "audible_title": "Project Hail Mary",
             "audible_author": "Andy Weir", "runtime_minutes": 970, "last_known_percentage": 45.5, "is_finished": false,
             "match_confidence": 1.0, "match_method": "manual", "manually_confirmed": true, "sync_enabled": true}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    public ApiResponse<MappingView> link(LinkRequest request) {
        if (request == null) {
            throw ApiException.invalid("body", "a JSON body with asin and book_id is required");
        }
        return ApiResponse.ok("Linked", mappings.link(user.id(), request.asin(), request.bookId()));
    }
}

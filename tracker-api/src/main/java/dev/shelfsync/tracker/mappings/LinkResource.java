package dev.shelfsync.tracker.mappings;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.tracker.auth.CurrentUser;
import dev.shelfsync.tracker.error.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/audible/link}: the user says which book an Audible title is. */
@Path("/api/audible/link")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LinkResource {

    private final MappingService mappings;
    private final CurrentUser user;

    LinkResource(MappingService mappings, CurrentUser user) {
        this.mappings = mappings;
        this.user = user;
    }

    @POST
    public ApiResponse<MappingView> link(LinkRequest request) {
        if (request == null) {
            throw ApiException.invalid("body", "a JSON body with asin and book_id is required");
        }
        return ApiResponse.ok("Linked", mappings.link(user.id(), request.asin(), request.bookId()));
    }
}

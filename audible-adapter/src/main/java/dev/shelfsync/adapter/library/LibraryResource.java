package dev.shelfsync.adapter.library;

import dev.shelfsync.adapter.openapi.ApiDocs;
import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.LibraryResult;
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

@Path("/api/library")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library")
@SecurityRequirement(name = ApiDocs.API_SECRET)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class LibraryResource {

    private final LibraryService library;

    public LibraryResource(LibraryService library) {
        this.library = library;
    }

    @POST
    @Operation(summary = "The whole library with listening progress, every page in one answer")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "auth", value = """
            {"auth": "gAAAAABl...fernet-token...", "country_code": "us"}""")))
    @APIResponse(responseCode = "200", description = "The library; auth is set when the token was refreshed on the way", content = @Content(examples = @ExampleObject(
            name = "library", value = """
            {"success": true, "data": {"total": 1, "items": [{"asin": "B08G9PRS1K", "title": "Project Hail Mary",
             "authors": ["Andy Weir"], "runtime_minutes": 970, "percent_complete": 45.5, "is_finished": false}]}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "502", ref = ApiDocs.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public ApiResponse<LibraryResult> library(AuthBlobRequest request) {
        return ApiResponse.ok(library.library(request));
    }
}

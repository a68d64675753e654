package dev.shelfsync.adapter.progress;

import dev.shelfsync.adapter.openapi.ApiDocs;
import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.ProgressResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/progress")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library")
@SecurityRequirement(name = ApiDocs.API_SECRET)
@APIResponse(responseCode = "401", ref = ApiDocs.UNAUTHORIZED)
public class ProgressResource {

    private final ProgressService progress;

    public ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @POST
    @Path("/{asin}")
    @Operation(summary = "Listening progress of one title")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "auth", value = """
            {"auth": "gAAAAABl...fernet-token...", "country_code": "us"}""")))
    @APIResponse(responseCode = "200", description = "The title's progress", content = @Content(examples = @ExampleObject(
            name = "progress", value = """
            {"success": true, "data": {"asin": "B08G9PRS1K", "position_seconds": 26480, "percent_complete": 45.5,
             "is_finished": false}}""")))
    @APIResponse(responseCode = "400", ref = ApiDocs.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDocs.NOT_FOUND)
    @APIResponse(responseCode = "502", ref = ApiDocs.BAD_GATEWAY)
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public ApiResponse<ProgressResult> progress(@PathParam("asin") String asin, AuthBlobRequest request) {
        return ApiResponse.ok(progress.progress(asin, request));
    }
}

package dev.shelfsync.adapter.progress;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.ProgressResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/progress")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class ProgressResource {

    private final ProgressService progress;

    public ProgressResource(ProgressService progress) {
        this.progress = progress;
    }

    @POST
    @Path("/{asin}")
    public ApiResponse<ProgressResult> progress(@PathParam("asin") String asin, AuthBlobRequest request) {
        return ApiResponse.ok(progress.progress(asin, request));
    }
}

package dev.shelfsync.adapter.library;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.LibraryResult;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/library")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
public class LibraryResource {

    private final LibraryService library;

    public LibraryResource(LibraryService library) {
        this.library = library;
    }

    @POST
    public ApiResponse<LibraryResult> library(AuthBlobRequest request) {
        return ApiResponse.ok(library.library(request));
    }
}

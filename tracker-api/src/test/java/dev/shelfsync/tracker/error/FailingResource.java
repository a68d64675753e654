package dev.shelfsync.tracker.error;

import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Test-only routes: one that fails unexpectedly, one that answers on the event loop. */
@Path("/api/test-only")
public class FailingResource {

    @GET
    @Path("/boom")
    public String boom() {
        throw new IllegalStateException("secret internal detail");
    }

    @GET
    @Path("/non-blocking")
    public Uni<String> nonBlocking() {
        return Uni.createFrom().item("ok");
    }
}

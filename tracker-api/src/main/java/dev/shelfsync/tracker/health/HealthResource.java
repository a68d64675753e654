package dev.shelfsync.tracker.health;

import dev.shelfsync.contracts.HealthStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code GET /health} without a key: 200 while the database answers, 503 otherwise. Not wrapped in the envelope. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final HealthReport report;

    public HealthResource(HealthReport report) {
        this.report = report;
    }

    @GET
    public Response health() {
        HealthStatus status = report.current();
        return Response.status(HealthReport.serving(status) ? 200 : 503).entity(status).build();
    }
}

package dev.shelfsync.tracker.health;

import dev.shelfsync.contracts.HealthStatus;
import dev.shelfsync.tracker.openapi.ApiDocs;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code GET /health} without a key: 200 while the database answers, 503 otherwise. Not wrapped in the envelope. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
public class HealthResource {

    private final HealthReport report;

    public HealthResource(HealthReport report) {
        this.report = report;
    }

    @GET
    @Operation(summary = "Liveness and database readiness, without a key (not wrapped in the envelope)")
    @APIResponse(responseCode = "200", description = "Serving", content = @Content(examples = @ExampleObject(
            name = "ok", value = """
            {"status": "ok", "version": "0.1.0", "uptime_seconds": 5400, "checks": {"database": "ok"}}""")))
    @APIResponse(responseCode = "503", ref = ApiDocs.SERVICE_UNAVAILABLE)
    public Response health() {
        HealthStatus status = report.current();
        return Response.status(HealthReport.serving(status) ? 200 : 503).entity(status).build();
    }
}

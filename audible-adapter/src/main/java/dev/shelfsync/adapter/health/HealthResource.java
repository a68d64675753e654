package dev.shelfsync.adapter.health;

import dev.shelfsync.adapter.crypto.BlobCipher;
import dev.shelfsync.contracts.HealthStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Liveness for load balancers and the tracker: no secret needed, no call to Audible. The same shape as the
 * tracker-api's {@code /health} ({@link HealthStatus}), not wrapped in the envelope.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health")
public class HealthResource {

    private final String version;
    private final BlobCipher cipher;

    public HealthResource(@ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version,
                          BlobCipher cipher) {
        this.version = version;
        this.cipher = cipher;
    }

    @GET
    @Operation(summary = "Liveness, without the secret and without calling Audible")
    @APIResponse(responseCode = "200", description = "Up; checks says whether encryption keys are configured",
            content = @Content(examples = @ExampleObject(name = "ok", value = """
            {"status": "ok", "version": "0.1.0", "uptime_seconds": 5400, "checks": {"encryption_keys": "ok"}}""")))
    public HealthStatus health() {
        long uptimeSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        return new HealthStatus("ok", version, uptimeSeconds,
                Map.of("encryption_keys", cipher.hasKeys() ? "ok" : "missing"));
    }
}

package dev.shelfsync.adapter.health;

import dev.shelfsync.contracts.ApiResponse;
import dev.shelfsync.contracts.HealthStatus;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.util.Map;

/** Liveness for load balancers and the tracker: no secret needed, no call to Audible. */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    private final String version;
    private final EncryptionKeysCheck keys;

    public HealthResource(@ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version,
                          EncryptionKeysCheck keys) {
        this.version = version;
        this.keys = keys;
    }

    @GET
    public ApiResponse<HealthStatus> health() {
        long uptimeSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        return ApiResponse.ok(new HealthStatus("ok", version, uptimeSeconds,
                Map.of("encryption_keys", keys.call().getStatus().name().toLowerCase())));
    }
}

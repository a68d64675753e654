package dev.shelfsync.adapter.health;

import dev.shelfsync.adapter.crypto.BlobCipher;
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
    private final BlobCipher cipher;

    public HealthResource(@ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version,
                          BlobCipher cipher) {
        this.version = version;
        this.cipher = cipher;
    }

    @GET
    public ApiResponse<HealthStatus> health() {
        long uptimeSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        return ApiResponse.ok(new HealthStatus("ok", version, uptimeSeconds,
                Map.of("encryption_keys", cipher.hasKeys() ? "ok" : "missing")));
    }
}

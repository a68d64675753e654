package dev.shelfsync.tracker.adapter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reports whether the audible-adapter answers its {@code /health}. Readiness only: the tracker keeps serving
 * books while the adapter is away, so liveness never depends on it.
 */
@Readiness
@ApplicationScoped
public class AdapterReadinessCheck implements HealthCheck {

    private final AudibleAdapterApi api;
    private final AdapterConfig config;

    AdapterReadinessCheck(@RestClient AudibleAdapterApi api, AdapterConfig config) {
        this.api = api;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("audible-adapter").withData("url", config.url());
        try (Response health = api.health()) {
            return response.status(health.getStatus() == 200).withData("http_status", health.getStatus()).build();
        } catch (RuntimeException e) {
            return response.down().withData("error", e.getClass().getSimpleName()).build();
        }
    }
}

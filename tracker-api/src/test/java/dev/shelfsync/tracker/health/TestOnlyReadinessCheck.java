package dev.shelfsync.tracker.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Stands in for another feature's readiness check, to show /health picks such checks up by itself. */
@Readiness
@ApplicationScoped
public class TestOnlyReadinessCheck implements HealthCheck {

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.up("test-only");
    }
}

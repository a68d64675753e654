package dev.shelfsync.tracker.health;

import dev.shelfsync.contracts.HealthStatus;
import io.smallrye.health.SmallRyeHealthReporter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.TreeMap;

/**
 * The service's state from every readiness check of the application (the database's and any other feature's
 * {@code @Readiness} check), named in lower case: {@code "up"} or {@code "down"}.
 */
@ApplicationScoped
public class HealthReport {

    static final String DATABASE = "database";
    /** The name Quarkus gives its datasource readiness check. */
    private static final String QUARKUS_DATASOURCE_CHECK = "Database connections health check";

    private final SmallRyeHealthReporter reporter;
    private final String version;

    public HealthReport(SmallRyeHealthReporter reporter,
                        @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown") String version) {
        this.reporter = reporter;
        this.version = version;
    }

    public HealthStatus current() {
        Map<String, String> checks = new TreeMap<>();
        for (JsonObject check : reporter.getReadiness().getPayload().getJsonArray("checks")
                .getValuesAs(JsonObject.class)) {
            String name = check.getString("name");
            checks.put(QUARKUS_DATASOURCE_CHECK.equals(name) ? DATABASE : name,
                    check.getString("status").toLowerCase());
        }
        boolean allUp = checks.values().stream().allMatch("up"::equals);
        long uptimeSeconds = ManagementFactory.getRuntimeMXBean().getUptime() / 1000;
        return new HealthStatus(allUp ? "ok" : "degraded", version, uptimeSeconds, checks);
    }

    /** The service cannot serve anything without its database; other checks only degrade it. */
    public static boolean serving(HealthStatus status) {
        return "up".equals(status.checks().get(DATABASE));
    }
}

package dev.shelfsync.contracts;

import java.util.Map;

/** {@code GET /health} of either service: "ok" or "degraded", the version, uptime and named checks. */
public record HealthStatus(String status, String version, long uptimeSeconds, Map<String, String> checks) {
}

package dev.shelfsync.tracker.adapter;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.concurrent.TimeUnit;

/** {@code shelfsync.adapter.calls}: latency of calls to the audible-adapter by operation and outcome. */
@ApplicationScoped
public class AdapterCallMetrics {

    private final MeterRegistry registry;

    AdapterCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void record(String operation, AdapterCallOutcome outcome, long nanos) {
        Timer.builder("shelfsync.adapter.calls")
                .description("Calls to the audible-adapter, retries included, by operation and outcome")
                .tag("operation", operation)
                .tag("outcome", outcome.tag())
                .register(registry)
                .record(nanos, TimeUnit.NANOSECONDS);
    }
}

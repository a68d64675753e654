package dev.shelfsync.tracker.sync;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;

/**
 * Sync meters: {@code shelfsync.sync.duration} (type, status), {@code shelfsync.sync.titles} and
 * {@code shelfsync.sync.conflicts} (type), and {@code shelfsync.sync.refusals} (type, reason).
 */
@ApplicationScoped
public class SyncMetrics {

    private final MeterRegistry registry;

    SyncMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void finished(SyncType type, SyncReport report) {
        timer(type, report.status()).record(Duration.ofMillis(report.durationMs()));
        counter("shelfsync.sync.titles", "Audible titles read by syncs", type).increment(report.titles());
        counter("shelfsync.sync.conflicts", "Conflicts created by syncs", type).increment(report.conflicts());
    }

    void failed(SyncType type, long durationMs) {
        timer(type, "failed").record(Duration.ofMillis(durationMs));
    }

    void refused(SyncType type, RefusalReason reason) {
        Counter.builder("shelfsync.sync.refusals")
                .description("Sync triggers refused before contacting Audible")
                .tag("type", type.value())
                .tag("reason", reason.tag())
                .register(registry)
                .increment();
    }

    private Timer timer(SyncType type, String status) {
        return Timer.builder("shelfsync.sync.duration")
                .description("Duration of syncs that reached Audible, by trigger and result")
                .tag("type", type.value())
                .tag("status", status)
                .register(registry);
    }

    private Counter counter(String name, String description, SyncType type) {
        return Counter.builder(name).description(description).tag("type", type.value()).register(registry);
    }
}

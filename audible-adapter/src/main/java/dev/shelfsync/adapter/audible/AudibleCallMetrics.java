package dev.shelfsync.adapter.audible;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.function.Supplier;

/**
 * {@code audible.requests}: every HTTP exchange with Amazon/Audible (each retry attempt on its own) by endpoint
 * and outcome; {@code audible.retries}: retries by what caused them.
 */
@ApplicationScoped
public class AudibleCallMetrics {

    private final MeterRegistry registry;

    public AudibleCallMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    public <T> T time(String endpoint, Supplier<T> exchange) {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "success";
        try {
            return exchange.get();
        } catch (RuntimeException e) {
            outcome = outcome(e);
            throw e;
        } finally {
            sample.stop(Timer.builder("audible.requests")
                    .description("HTTP exchanges with Amazon and Audible, each attempt counted")
                    .tag("endpoint", endpoint)
                    .tag("outcome", outcome)
                    .register(registry));
        }
    }

    void retried(Throwable failure) {
        Counter.builder("audible.retries")
                .description("Audible calls retried after a 429, a 5xx or no answer")
                .tag("reason", outcome(failure))
                .register(registry)
                .increment();
    }

    /** The endpoint tag of an Audible API path: {@code /1.0/library/B0...} is {@code library}. */
    static String endpointOf(String path) {
        String[] segments = path.split("/");
        return segments.length > 2 ? segments[2] : path;
    }

    private static String outcome(Throwable failure) {
        if (failure instanceof AudibleTransientException t) {
            return switch (t.upstreamStatus()) {
                case 0 -> "no_answer";
                case 429 -> "rate_limited";
                default -> "unavailable";
            };
        }
        return failure instanceof AudibleRejectedException ? "rejected" : "error";
    }
}

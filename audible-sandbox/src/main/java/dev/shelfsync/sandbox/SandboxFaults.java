package dev.shelfsync.sandbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * Fault injection: the next N requests whose path starts with a prefix fail with a status, or are answered
 * late. Rules are consumed in the order they were added.
 */
public final class SandboxFaults {

    private final List<FailureRule> failures = new ArrayList<>();
    private final List<DelayRule> delays = new ArrayList<>();

    /** An injected failure that matched a request. */
    record Failure(int status, Integer retryAfterSeconds) {
    }

    private static final class FailureRule {
        final String prefix;
        final int status;
        final Integer retryAfterSeconds;
        int remaining;

        FailureRule(String prefix, int status, int remaining, Integer retryAfterSeconds) {
            this.prefix = prefix;
            this.status = status;
            this.remaining = remaining;
            this.retryAfterSeconds = retryAfterSeconds;
        }
    }

    private static final class DelayRule {
        final String prefix;
        final Duration delay;
        int remaining;

        DelayRule(String prefix, Duration delay, int remaining) {
            this.prefix = prefix;
            this.delay = delay;
            this.remaining = remaining;
        }
    }

    SandboxFaults() {
    }

    /**
     * Makes the next {@code times} requests under {@code pathPrefix} fail with {@code status} (e.g. 429, 500, 503);
     * {@code retryAfterSeconds}, when not null, is sent as a {@code Retry-After} header.
     */
    public synchronized void failNext(String pathPrefix, int status, int times, Integer retryAfterSeconds) {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("status must be 4xx or 5xx: " + status);
        }
        if (times > 0) {
            failures.add(new FailureRule(pathPrefix, status, times, retryAfterSeconds));
        }
    }

    /** Answers the next {@code times} requests under {@code pathPrefix} only after {@code delay}. */
    public synchronized void delayNext(String pathPrefix, Duration delay, int times) {
        Objects.requireNonNull(pathPrefix, "pathPrefix");
        Objects.requireNonNull(delay, "delay");
        if (times > 0 && !delay.isNegative() && !delay.isZero()) {
            delays.add(new DelayRule(pathPrefix, delay, times));
        }
    }

    public synchronized void clear() {
        failures.clear();
        delays.clear();
    }

    synchronized Duration takeDelay(String path) {
        for (Iterator<DelayRule> it = delays.iterator(); it.hasNext(); ) {
            DelayRule rule = it.next();
            if (path.startsWith(rule.prefix)) {
                if (--rule.remaining <= 0) {
                    it.remove();
                }
                return rule.delay;
            }
        }
        return Duration.ZERO;
    }

    synchronized Failure takeFailure(String path) {
        for (Iterator<FailureRule> it = failures.iterator(); it.hasNext(); ) {
            FailureRule rule = it.next();
            if (path.startsWith(rule.prefix)) {
                if (--rule.remaining <= 0) {
                    it.remove();
                }
                return new Failure(rule.status, rule.retryAfterSeconds);
            }
        }
        return null;
    }
}

package dev.shelfsync.adapter.audible;

import io.quarkus.arc.Arc;
import io.smallrye.faulttolerance.api.CustomBackoffStrategy;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Duration;

/**
 * Exponential backoff (doubling from the configured {@code @Retry} delay) that waits at least as long as a
 * {@code Retry-After} from Audible asks, capped by {@code audible.max-retry-after}. A new instance serves each call.
 */
public class RetryAfterBackoff implements CustomBackoffStrategy {

    private long nextDelayMillis;
    private long maxRetryAfterMillis;

    @Override
    public void init(long initialDelayInMillis) {
        nextDelayMillis = Math.max(1, initialDelayInMillis);
        maxRetryAfterMillis = ConfigProvider.getConfig()
                .getOptionalValue("audible.max-retry-after", Duration.class)
                .orElse(Duration.ofSeconds(30)).toMillis();
    }

    @Override
    public long nextDelayInMillis(Throwable failure) {
        // called once before each retry; fault tolerance creates this strategy itself, outside CDI
        Arc.container().instance(AudibleCallMetrics.class).get().retried(failure);
        long exponential = nextDelayMillis;
        nextDelayMillis = Math.min(nextDelayMillis * 2, Duration.ofMinutes(1).toMillis());
        if (failure instanceof AudibleTransientException transientFailure && transientFailure.retryAfter() != null
                && transientFailure.upstreamStatus() != 0) {
            return Math.max(exponential, Math.min(transientFailure.retryAfter().toMillis(), maxRetryAfterMillis));
        }
        return exponential;
    }
}

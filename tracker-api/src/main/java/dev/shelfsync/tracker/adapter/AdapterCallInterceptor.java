package dev.shelfsync.tracker.adapter;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Runs outside the fault-tolerance interceptor (priority {@code PLATFORM_AFTER + 10}), so one measurement covers
 * the retries and sees what the caller sees, an open breaker included.
 */
@MeasuredAdapterCall
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
class AdapterCallInterceptor {

    private final AdapterCallMetrics metrics;

    AdapterCallInterceptor(AdapterCallMetrics metrics) {
        this.metrics = metrics;
    }

    @AroundInvoke
    Object measure(InvocationContext call) throws Exception {
        long started = System.nanoTime();
        AdapterCallOutcome outcome = AdapterCallOutcome.SUCCESS;
        try {
            return call.proceed();
        } catch (Exception e) {
            outcome = AdapterCallOutcome.of(e);
            throw e;
        } finally {
            metrics.record(call.getMethod().getName(), outcome, System.nanoTime() - started);
        }
    }
}

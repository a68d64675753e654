package dev.shelfsync.tracker.adapter;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers {@link AdapterDoubleResource} for every {@code @QuarkusTest} of the module (no
 * {@code restrictToAnnotatedClass}), so all test classes share one set of test resources and one Quarkus boot.
 */
@QuarkusTestResource(AdapterDoubleResource.class)
public final class UsesAdapterDouble {
    private UsesAdapterDouble() {
    }
}

package dev.shelfsync.tracker.testing;

import io.quarkus.test.common.QuarkusTestResource;

/**
 * Registers {@link EmbeddedPostgresResource} for every {@code @QuarkusTest} of this module (a test resource
 * declared without {@code restrictToAnnotatedClass} applies to all test classes).
 */
@QuarkusTestResource(EmbeddedPostgresResource.class)
public final class UsesEmbeddedPostgres {
    private UsesEmbeddedPostgres() {
    }
}

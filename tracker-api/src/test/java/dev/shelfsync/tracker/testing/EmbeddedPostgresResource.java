package dev.shelfsync.tracker.testing;

import dev.shelfsync.tracker.database.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;
import java.util.Optional;

/**
 * One real PostgreSQL server for the whole test run: started by the first test class that needs it and
 * stopped when the JVM exits, however many Quarkus applications the run boots.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private static EmbeddedDatabase database;

    static synchronized EmbeddedDatabase database() {
        if (database == null) {
            database = EmbeddedDatabase.start(Optional.empty());
            Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        }
        return database;
    }

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.datasource.jdbc.url", database().jdbcUrl(),
                "quarkus.datasource.username", EmbeddedDatabase.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        // the server outlives each application; the shutdown hook stops it at the end of the run
    }
}

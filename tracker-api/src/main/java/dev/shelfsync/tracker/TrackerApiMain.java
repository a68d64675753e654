package dev.shelfsync.tracker;

import dev.shelfsync.tracker.database.EmbeddedDatabase;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import org.jboss.logging.Logger;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Starts the tracker-api. Without {@code QUARKUS_DATASOURCE_JDBC_URL} it first starts an embedded
 * PostgreSQL whose data persists under {@code SHELFSYNC_DATA_DIR} (default {@code ./data/postgres}).
 */
@QuarkusMain
public final class TrackerApiMain {

    private static final Logger LOG = Logger.getLogger(TrackerApiMain.class);
    private static final String JDBC_URL_PROPERTY = "quarkus.datasource.jdbc.url";

    private TrackerApiMain() {
    }

    public static void main(String... args) {
        if (externalDatabaseConfigured()) {
            Quarkus.run(args);
            return;
        }
        Path dataDirectory = Path.of(setting("SHELFSYNC_DATA_DIR", "shelfsync.data-dir", "data/postgres"));
        EmbeddedDatabase database = EmbeddedDatabase.start(Optional.of(dataDirectory));
        Runtime.getRuntime().addShutdownHook(new Thread(database::close, "embedded-postgres-stop"));
        LOG.infof("Embedded PostgreSQL listening on 127.0.0.1:%d, data in %s", database.port(),
                dataDirectory.toAbsolutePath());
        System.setProperty(JDBC_URL_PROPERTY, database.jdbcUrl());
        System.setProperty("quarkus.datasource.username", EmbeddedDatabase.USER);
        System.setProperty("quarkus.datasource.password", "");
        Quarkus.run(args);
    }

    private static boolean externalDatabaseConfigured() {
        return isSet(System.getenv("QUARKUS_DATASOURCE_JDBC_URL")) || isSet(System.getProperty(JDBC_URL_PROPERTY));
    }

    private static String setting(String env, String property, String fallback) {
        String value = System.getProperty(property);
        if (!isSet(value)) {
            value = System.getenv(env);
        }
        return isSet(value) ? value : fallback;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}

package dev.shelfsync.tracker.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A real PostgreSQL server started from the binaries shipped on the classpath, for the run command and
 * the tests. Whoever sets {@code QUARKUS_DATASOURCE_JDBC_URL} (Railway, docker-compose) never starts one.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String USER = "postgres";
    public static final String DATABASE = "postgres";

    /** The server's own output (every startup line of initdb and postgres) is noise beside the service's log. */
    private static final Logger SERVER_OUTPUT = quiet("io.zonky.test.db.postgres");

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts a server whose data lives in {@code dataDirectory} and survives restarts, or, with an empty
     * optional, a throw-away one (tests).
     */
    public static EmbeddedDatabase start(Optional<Path> dataDirectory) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("fsync", dataDirectory.isPresent() ? "on" : "off")
                    .setServerConfig("synchronous_commit", dataDirectory.isPresent() ? "on" : "off")
                    .setServerConfig("full_page_writes", dataDirectory.isPresent() ? "on" : "off")
                    .setServerConfig("shared_buffers", "128MB")
                    .setServerConfig("work_mem", "16MB");
            if (dataDirectory.isPresent()) {
                Path dir = dataDirectory.get().toAbsolutePath();
                Files.createDirectories(dir);
                StalePidFile.removeIfOwnerIsGone(dir);
                builder.setDataDirectory(dir).setCleanDataDirectory(false);
            }
            return new EmbeddedDatabase(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL server", e);
        }
    }

    private static Logger quiet(String category) {
        Logger logger = Logger.getLogger(category);
        logger.setLevel(Level.WARNING);
        return logger;
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl(USER, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not stop the embedded PostgreSQL server", e);
        }
    }
}

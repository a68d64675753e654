package dev.shelfsync.tracker.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EmbeddedDatabaseTest {

    @Test
    void dataSurvivesARestartAndAStalePidFile(@TempDir Path dir) throws Exception {
        Path dataDir = dir.resolve("postgres");
        try (EmbeddedDatabase first = EmbeddedDatabase.start(Optional.of(dataDir))) {
            execute(first, "CREATE TABLE kept (v TEXT); INSERT INTO kept VALUES ('still here')");
        }
        // a process that no longer exists, as a killed server leaves behind
        Files.writeString(dataDir.resolve("postmaster.pid"), "999999999\n" + dataDir + "\n");

        try (EmbeddedDatabase second = EmbeddedDatabase.start(Optional.of(dataDir))) {
            assertEquals("still here", queryString(second, "SELECT v FROM kept"));
            assertTrue(queryString(second, "SHOW server_version").startsWith("17."));
        }
    }

    private static void execute(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static String queryString(EmbeddedDatabase db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(db.jdbcUrl()); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}

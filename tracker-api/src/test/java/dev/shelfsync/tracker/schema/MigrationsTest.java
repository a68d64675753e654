package dev.shelfsync.tracker.schema;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class MigrationsTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void pgTrgmIsInstalledAndWorks() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT similarity('leviathan wakes', 'leviathan awakes')")) {
            rs.next();
            assertTrue(rs.getDouble(1) > 0.5);
        }
    }
}

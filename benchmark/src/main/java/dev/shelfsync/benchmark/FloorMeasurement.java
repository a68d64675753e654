package dev.shelfsync.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The floor: how long the same database takes to insert {@code mappings} mapping rows and {@code history}
 * history rows, each in one batched JDBC statement, into tables shaped like the real ones (same columns,
 * defaults, checks and indexes). No sync can write its rows faster than this.
 */
final class FloorMeasurement {

    private FloorMeasurement() {
    }

    static long insertMillis(TrackerDatabase db, int mappings, int history) throws SQLException {
        try (Connection c = db.connect(); Statement ddl = c.createStatement()) {
            ddl.execute("DROP TABLE IF EXISTS floor_mappings, floor_history");
            ddl.execute("CREATE TABLE floor_mappings (LIKE audible_book_mappings INCLUDING ALL)");
            ddl.execute("CREATE TABLE floor_history (LIKE audible_progress_history INCLUDING ALL)");
            c.setAutoCommit(false);
            long started = System.nanoTime();
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO floor_mappings (user_id, asin, book_id, audible_title, audible_author,
                        last_known_percentage, is_finished, match_confidence, match_method)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < mappings; i++) {
                    s.setLong(1, 1);
                    s.setString(2, String.format("B%09d", i));
                    s.setLong(3, i + 1L);
                    s.setString(4, "Floor title " + i);
                    s.setString(5, "Floor author " + (i % 500));
                    s.setDouble(6, i % 100);
                    s.setBoolean(7, i % 7 == 0);
                    s.setDouble(8, 0.95);
                    s.setString(9, "exact_title");
                    s.addBatch();
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("""
                    INSERT INTO floor_history (user_id, mapping_id, position_seconds, percentage, is_finished)
                    VALUES (?, ?, ?, ?, ?)""")) {
                for (int i = 0; i < history; i++) {
                    s.setLong(1, 1);
                    s.setLong(2, i + 1L);
                    s.setLong(3, i * 60L);
                    s.setDouble(4, i % 100);
                    s.setBoolean(5, false);
                    s.addBatch();
                }
                s.executeBatch();
            }
            c.commit();
            long elapsed = (System.nanoTime() - started) / 1_000_000;
            c.setAutoCommit(true);
            ddl.execute("DROP TABLE floor_mappings, floor_history");
            return elapsed;
        }
    }
}

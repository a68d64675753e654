package dev.shelfsync.tracker.schema;

import io.agroal.api.AgroalDataSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Plain JDBC against the shared test database: each call runs in its own auto-committed statement. */
final class Db {

    private final AgroalDataSource dataSource;

    Db(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** A new user no other test knows about. */
    long newUser() throws SQLException {
        return id("INSERT INTO users (email) VALUES (?) RETURNING id", "schema-" + UUID.randomUUID() + "@example.test");
    }

    long newBook(long userId, String title) throws SQLException {
        return id("INSERT INTO books (user_id, title) VALUES (?, ?) RETURNING id", userId, title);
    }

    long newMapping(long userId, long bookId, String asin, Double percentage, boolean finished) throws SQLException {
        return id("""
                INSERT INTO audible_book_mappings (user_id, asin, book_id, audible_title, last_known_percentage,
                                                   is_finished, match_confidence, match_method)
                VALUES (?, ?, ?, 'A title', ?, ?, 1, 'manual') RETURNING id""",
                userId, asin, bookId, percentage, finished);
    }

    long id(String sql, Object... parameters) throws SQLException {
        return ((Number) rows(sql, parameters).get(0).values().iterator().next()).longValue();
    }

    int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        }
    }

    Map<String, Object> row(String sql, Object... parameters) throws SQLException {
        List<Map<String, Object>> rows = rows(sql, parameters);
        if (rows.size() != 1) {
            throw new AssertionError("expected one row, got " + rows.size() + " from " + sql);
        }
        return rows.get(0);
    }

    List<Map<String, Object>> rows(String sql, Object... parameters) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = prepare(c, sql, parameters);
             ResultSet rs = s.executeQuery()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.put(rs.getMetaData().getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            s.setObject(i + 1, parameters[i]);
        }
        return s;
    }
}

package dev.shelfsync.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;

/**
 * The benchmark's own embedded PostgreSQL, shared by every tracker-api process it starts, and the direct JDBC
 * access it needs to seed users and books and to read what the syncs wrote.
 */
final class TrackerDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final String jdbcUrl;

    private TrackerDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
        this.jdbcUrl = postgres.getJdbcUrl("postgres", "postgres") + "&reWriteBatchedInserts=true";
    }

    static TrackerDatabase start(Path dataDirectory) {
        try {
            return new TrackerDatabase(EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("shared_buffers", "256MB")
                    .setServerConfig("work_mem", "32MB")
                    .setServerConfig("logging_collector", "on")
                    .setServerConfig("log_directory", dataDirectory.getParent().resolve("pg-log").toString())
                    .setServerConfig("log_min_duration_statement", "250")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** Creates a user with a known API key and an Audible connection holding {@code authBlob}. */
    long createConnectedUser(String email, String apiKey, String authBlob) throws SQLException {
        try (Connection c = connect()) {
            long userId;
            try (PreparedStatement s = c.prepareStatement("INSERT INTO users (email) VALUES (?) RETURNING id")) {
                s.setString(1, email);
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    userId = rs.getLong(1);
                }
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO api_keys (user_id, key_hash, key_prefix) VALUES (?, ?, ?)")) {
                s.setLong(1, userId);
                s.setString(2, sha256(apiKey));
                s.setString(3, apiKey.substring(0, 9));
                s.executeUpdate();
            }
            if (authBlob != null) {
                connect(c, userId, authBlob);
            }
            return userId;
        }
    }

    void connectAudible(long userId, String authBlob) throws SQLException {
        try (Connection c = connect()) {
            connect(c, userId, authBlob);
        }
    }

    private static void connect(Connection c, long userId, String authBlob) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO audible_config (user_id, auth_encrypted, marketplace, sync_interval_minutes, connected_at)
                VALUES (?, ?, 'us', 15, now())
                ON CONFLICT (user_id) DO UPDATE SET auth_encrypted = EXCLUDED.auth_encrypted""")) {
            s.setLong(1, userId);
            s.setString(2, authBlob);
            s.executeUpdate();
        }
    }

    String authBlobOf(long userId) throws SQLException {
        return queryString("SELECT auth_encrypted FROM audible_config WHERE user_id = " + userId);
    }

    void insertBooks(long userId, List<TrackerBooks.Book> books) throws SQLException {
        try (Connection c = connect(); PreparedStatement s = c.prepareStatement(
                "INSERT INTO books (user_id, title, author, isbn, type, total_pages) VALUES (?, ?, ?, ?, ?, ?)")) {
            c.setAutoCommit(false);
            for (TrackerBooks.Book book : books) {
                s.setLong(1, userId);
                s.setString(2, book.title());
                s.setString(3, book.author());
                s.setString(4, book.isbn());
                s.setString(5, book.type());
                s.setInt(6, book.totalPages());
                s.addBatch();
            }
            s.executeBatch();
            c.commit();
        }
        execute("ANALYZE books");
    }

    /** Lets the next sync run at once: the benchmark measures speed, not the rate limit. */
    void allowSyncNow(long userId) throws SQLException {
        execute("UPDATE audible_config SET last_sync_at = NULL WHERE user_id = " + userId);
    }

    void allowSyncNowForAll() throws SQLException {
        execute("UPDATE audible_config SET last_sync_at = NULL");
    }

    long count(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    String queryString(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

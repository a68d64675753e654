package dev.shelfsync.tracker.sync;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Takes the per-user sync lock without waiting: a second trigger learns at once that a sync is running. */
@ApplicationScoped
public class SyncLocks {

    /** The advisory lock key: a 64-bit hash of the user id in a namespace of its own. */
    static final String KEY = "hashtextextended('shelfsync.audible-sync:' || ?::bigint, 0)";

    private final AgroalDataSource dataSource;

    SyncLocks(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Optional<SyncLock> tryLock(long userId) {
        Connection connection = null;
        try {
            connection = dataSource.getConnection();
            try (PreparedStatement statement = connection.prepareStatement("SELECT pg_try_advisory_lock(" + KEY + ")")) {
                statement.setLong(1, userId);
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        return Optional.of(new SyncLock(connection, userId));
                    }
                }
            }
            connection.close();
            return Optional.empty();
        } catch (SQLException e) {
            closeQuietly(connection);
            throw new IllegalStateException("Could not take the sync lock", e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // already failing; the original error is reported
            }
        }
    }
}

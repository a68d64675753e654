package dev.shelfsync.tracker.sync;

import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A held per-user sync lock: a session-level PostgreSQL advisory lock on a connection kept out of the pool
 * for the whole sync, so any number of tracker-api instances run at most one sync per user. Closing unlocks
 * and returns the connection; if the process dies, PostgreSQL drops the lock with the session.
 */
public final class SyncLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(SyncLock.class);

    private final Connection connection;
    private final long userId;

    SyncLock(Connection connection, long userId) {
        this.connection = connection;
        this.userId = userId;
    }

    @Override
    public void close() {
        try (connection; PreparedStatement unlock = connection.prepareStatement(
                "SELECT pg_advisory_unlock(" + SyncLocks.KEY + ")")) {
            unlock.setLong(1, userId);
            unlock.execute();
        } catch (SQLException e) {
            // A broken connection has lost its session, and the lock with it.
            LOG.warnf("Could not release the sync lock of user %d: %s", userId, e.getMessage());
        }
    }
}

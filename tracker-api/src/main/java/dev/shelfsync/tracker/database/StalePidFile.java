package dev.shelfsync.tracker.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A server killed without a clean shutdown leaves {@code postmaster.pid} behind, and PostgreSQL refuses to
 * start on a data directory whose pid file names a live process. When the named process is gone the file
 * is stale and is removed so the next start succeeds.
 */
final class StalePidFile {

    private StalePidFile() {
    }

    static void removeIfOwnerIsGone(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid = lines.isEmpty() ? -1 : parsePid(lines.get(0));
        boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) {
            Files.delete(pidFile);
        }
    }

    private static long parsePid(String line) {
        try {
            return Long.parseLong(line.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

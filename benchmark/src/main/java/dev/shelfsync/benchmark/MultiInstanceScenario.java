package dev.shelfsync.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfsync.sandbox.AudibleSandbox;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Two tracker-api processes on one database, the cron endpoint called on both at once for many users: every
 * user must be synced exactly once, with no duplicate sync logs or history rows.
 */
final class MultiInstanceScenario {

    private final TrackerDatabase db;
    private final AudibleSandbox sandbox;
    private final List<ServiceProcess> trackers;
    private final String cronSecret;
    private final String authBlob;

    MultiInstanceScenario(TrackerDatabase db, AudibleSandbox sandbox, List<ServiceProcess> trackers,
                          String cronSecret, String authBlob) {
        this.db = db;
        this.sandbox = sandbox;
        this.trackers = trackers;
        this.cronSecret = cronSecret;
        this.authBlob = authBlob;
    }

    Map<String, Object> run(int users, int titlesPerUser, long seed) throws SQLException {
        sandbox.generateLibrary(titlesPerUser, seed);
        var library = sandbox.libraryItems();
        // Users synced by the scenarios before this one are put out of the cron's reach.
        db.execute("UPDATE audible_config SET enabled = FALSE");
        long firstLog = db.count("SELECT coalesce(max(id), 0) FROM audible_sync_logs");
        for (int u = 0; u < users; u++) {
            long userId = db.createConnectedUser("multi-" + u + "-" + seed + "@shelfsync.local",
                    "ss_multi_" + u + "_" + seed, authBlob);
            db.insertBooks(userId, TrackerBooks.forLibrary(library, titlesPerUser * 2, seed + u));
        }

        long started = System.nanoTime();
        List<CompletableFuture<Timed>> calls = trackers.stream()
                .map(t -> CompletableFuture.supplyAsync(() -> cron(t)))
                .toList();
        List<Timed> answers = calls.stream().map(CompletableFuture::join).toList();
        long wallMs = (System.nanoTime() - started) / 1_000_000;

        String newLogs = "FROM audible_sync_logs WHERE id > " + firstLog;
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("instances", trackers.size());
        result.put("users", users);
        result.put("titles_per_user", titlesPerUser);
        result.put("wall_ms", wallMs);
        for (int i = 0; i < answers.size(); i++) {
            JsonNode data = answers.get(i).body().path("data");
            result.put("instance_" + (i + 1) + "_ms", answers.get(i).millis());
            result.put("instance_" + (i + 1) + "_synced", data.path("synced").asInt());
            result.put("instance_" + (i + 1) + "_skipped", data.path("skipped").asInt());
            result.put("instance_" + (i + 1) + "_failed", data.path("failed").asInt());
        }
        result.put("users_synced_once", db.count("SELECT count(*) FROM (SELECT user_id " + newLogs
                + " AND status IN ('success', 'partial') GROUP BY user_id HAVING count(*) = 1) s"));
        result.put("users_synced_twice_or_more", db.count("SELECT count(*) FROM (SELECT user_id " + newLogs
                + " AND status IN ('success', 'partial') GROUP BY user_id HAVING count(*) > 1) s"));
        result.put("users_not_synced", users - db.count("SELECT count(DISTINCT user_id) " + newLogs
                + " AND status IN ('success', 'partial')"));
        result.put("failed_logs", db.count("SELECT count(*) " + newLogs + " AND status = 'failed'"));
        result.put("duplicate_history_rows", db.count("""
                SELECT coalesce(sum(n - 1), 0) FROM (
                    SELECT count(*) AS n FROM audible_progress_history
                    WHERE sync_log_id > %d GROUP BY mapping_id, percentage, position_seconds, is_finished) d
                WHERE n > 1""".formatted(firstLog)));
        result.put("longest_single_sync_ms", db.count("SELECT coalesce(max(duration_ms), 0) " + newLogs));
        return result;
    }

    private record Timed(long millis, JsonNode body) {
    }

    private Timed cron(ServiceProcess tracker) {
        long started = System.nanoTime();
        Http.Answer answer = Http.get(tracker.baseUrl() + "/api/cron/audible-sync", cronSecret)
                .expect(200, "cron on " + tracker.name());
        return new Timed((System.nanoTime() - started) / 1_000_000, answer.body());
    }
}

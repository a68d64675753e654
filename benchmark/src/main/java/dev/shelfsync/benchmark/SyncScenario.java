package dev.shelfsync.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.shelfsync.sandbox.AudibleSandbox;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One library size: a first sync (everything new), a re-sync with nothing changed and a re-sync with 1 % of
 * the progress changed, each through the real route ({@code POST /api/audible/sync}), with the rows written,
 * the services' peak memory and the insert floor measured in the same run.
 */
final class SyncScenario {

    private final TrackerDatabase db;
    private final AudibleSandbox sandbox;
    private final ServiceProcess adapter;
    private final ServiceProcess tracker;
    private final String authBlob;

    SyncScenario(TrackerDatabase db, AudibleSandbox sandbox, ServiceProcess adapter, ServiceProcess tracker,
                 String authBlob) {
        this.db = db;
        this.sandbox = sandbox;
        this.adapter = adapter;
        this.tracker = tracker;
        this.authBlob = authBlob;
    }

    Map<String, Object> run(int titles, int booksPerTitle, long seed) throws SQLException {
        sandbox.generateLibrary(titles, seed);
        List<ObjectNode> library = sandbox.libraryItems();
        String apiKey = "ss_bench_" + titles + "_" + seed;
        long userId = db.createConnectedUser("bench-" + titles + "-" + seed + "@shelfsync.local", apiKey, authBlob);
        db.insertBooks(userId, TrackerBooks.forLibrary(library, titles * booksPerTitle, seed));

        Map<String, Object> result = new LinkedHashMap<>();
        result.put("titles", titles);
        result.put("tracker_books", titles * booksPerTitle);
        result.put("same_works_on_shelf", TrackerBooks.expectedSameWorks(titles));

        Map<String, Object> first = timedSync(userId, apiKey, true);
        result.put("first_sync", first);
        result.put("no_change_resync", timedSync(userId, apiKey, false));

        changeProgressOfOnePercent(library, seed);
        result.put("one_percent_changed_resync", timedSync(userId, apiKey, false));

        long floorMs = FloorMeasurement.insertMillis(db, ((Number) first.get("mappings_written")).intValue(),
                ((Number) first.get("history_written")).intValue());
        result.put("floor_ms", floorMs);
        long firstMs = ((Number) first.get("wall_ms")).longValue();
        result.put("first_sync_to_floor_ratio", floorMs == 0 ? null : round((double) firstMs / floorMs));
        if (first.containsKey("progress_ms") && floorMs > 0) {
            long writeMs = ((Number) first.get("stage_ms")).longValue() + ((Number) first.get("match_ms")).longValue()
                    + ((Number) first.get("progress_ms")).longValue();
            result.put("write_phase_ms", writeMs);
            result.put("write_phase_to_floor_ratio", round((double) writeMs / floorMs));
        }
        return result;
    }

    private Map<String, Object> timedSync(long userId, String apiKey, boolean first) throws SQLException {
        db.allowSyncNow(userId);
        long mappingsBefore = userRows("audible_book_mappings", userId);
        long historyBefore = userRows("audible_progress_history", userId);
        long conflictsBefore = userRows("audible_conflicts", userId);

        Http.Answer answer;
        long started = System.nanoTime();
        try (RssSampler rss = new RssSampler(List.of(adapter, tracker))) {
            answer = Http.post(tracker.baseUrl() + "/api/audible/sync", apiKey, Map.of());
            long wallMs = (System.nanoTime() - started) / 1_000_000;
            answer.expect(200, "sync");
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("wall_ms", wallMs);
            JsonNode report = answer.body().path("data");
            figures.put("status", report.path("status").asText());
            figures.put("matched", report.path("matched").asInt());
            figures.put("conflicts", report.path("conflicts").asInt());
            figures.put("updated", report.path("updated").asInt());
            figures.put("mappings_written", userRows("audible_book_mappings", userId) - mappingsBefore
                    + (first ? 0 : changedMappings(userId, report.path("sync_log_id").asLong())));
            figures.put("history_written", userRows("audible_progress_history", userId) - historyBefore);
            figures.put("conflicts_written", userRows("audible_conflicts", userId) - conflictsBefore);
            phaseTimings(report.path("sync_log_id").asLong(), figures);
            rss.peakMib().forEach((name, mib) -> figures.put("peak_rss_mib_" + name, round(mib)));
            return figures;
        }
    }

    /** Phase timings the tracker records in the sync log's details, when it records them. */
    private void phaseTimings(long syncLogId, Map<String, Object> figures) throws SQLException {
        String details = db.queryString("SELECT sync_details::text FROM audible_sync_logs WHERE id = " + syncLogId);
        if (details == null) {
            return;
        }
        try {
            JsonNode timings = Http.JSON.readTree(details).path("timings_ms");
            timings.fields().forEachRemaining(f -> figures.put(f.getKey() + "_ms", f.getValue().asLong()));
            int titles = ((Number) figures.getOrDefault("matched", 0)).intValue()
                    + ((Number) figures.getOrDefault("conflicts", 0)).intValue();
            if (timings.has("match") && titles > 0) {
                figures.put("match_ms_per_new_title", round(timings.path("match").asDouble() / titles));
            }
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private long changedMappings(long userId, long syncLogId) throws SQLException {
        return db.count("SELECT count(DISTINCT mapping_id) FROM audible_progress_history WHERE user_id = " + userId
                + " AND sync_log_id = " + syncLogId);
    }

    private long userRows(String table, long userId) throws SQLException {
        return db.count("SELECT count(*) FROM " + table + " WHERE user_id = " + userId);
    }

    /** Moves 1 % of the titles forward (in progress ones by 5 points, unstarted ones to 3 %). */
    private void changeProgressOfOnePercent(List<ObjectNode> library, long seed) {
        SplittableRandom random = new SplittableRandom(seed + 1);
        int changes = Math.max(1, library.size() / 100);
        for (int done = 0, guard = 0; done < changes && guard < library.size() * 10; guard++) {
            ObjectNode item = library.get(random.nextInt(library.size()));
            if (item.path("is_finished").asBoolean(false)) {
                continue;
            }
            double percent = Math.min(99.0, item.path("percent_complete").asDouble(0) + (done % 2 == 0 ? 5 : 3));
            item.put("percent_complete", percent);
            if (item.path("listening_status").isObject()) {
                ((ObjectNode) item.path("listening_status")).put("percent_complete", percent);
            }
            done++;
        }
        sandbox.setLibrary(library);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

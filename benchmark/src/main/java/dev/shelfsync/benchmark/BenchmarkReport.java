package dev.shelfsync.benchmark;

import java.util.List;
import java.util.Map;

/** The printed table: each measured figure beside the seed design's estimate for it. */
final class BenchmarkReport {

    private static final Map<Integer, String> SEED_FIRST_SYNC = Map.of(100, "2-5 s", 1_000, "~10 s", 10_000, "~100 s");
    private static final String SEED_MATCHING = "~10 ms";
    private static final String SEED_MEMORY = "50-100 MB";

    private BenchmarkReport() {
    }

    @SuppressWarnings("unchecked")
    static String table(Map<String, Object> results) {
        StringBuilder out = new StringBuilder("\n");
        out.append(String.format("%-34s %14s %14s %14s%n", "figure", "measured", "seed estimate", "target"));
        for (Map<String, Object> sync : (List<Map<String, Object>>) results.getOrDefault("syncs", List.of())) {
            int titles = (Integer) sync.get("titles");
            Map<String, Object> first = (Map<String, Object>) sync.get("first_sync");
            Map<String, Object> same = (Map<String, Object>) sync.get("no_change_resync");
            Map<String, Object> changed = (Map<String, Object>) sync.get("one_percent_changed_resync");
            out.append(String.format("%n%,d titles / %,d books (%,d same works on the shelf)%n", titles,
                    sync.get("tracker_books"), sync.get("same_works_on_shelf")));
            row(out, "first sync", first.get("wall_ms") + " ms", SEED_FIRST_SYNC.getOrDefault(titles, "-"),
                    titles == 10_000 ? "<= 5000 ms" : "");
            row(out, "  matched / conflicts", first.get("matched") + " / " + first.get("conflicts"), "", "");
            row(out, "  rows: mappings / history", first.get("mappings_written") + " / " + first.get("history_written"), "", "");
            row(out, "  insert floor (same rows)", sync.get("floor_ms") + " ms", "", "");
            row(out, "  first sync / floor", "x" + sync.get("first_sync_to_floor_ratio"), "", "<= x3");
            if (sync.containsKey("write_phase_to_floor_ratio")) {
                row(out, "  tracker write phase", sync.get("write_phase_ms") + " ms", "", "");
                row(out, "  write phase / floor", "x" + sync.get("write_phase_to_floor_ratio"), "", "");
            }
            if (first.containsKey("match_ms_per_new_title")) {
                row(out, "  matching per title", first.get("match_ms_per_new_title") + " ms", SEED_MATCHING, "<= 0.5 ms");
            }
            row(out, "no-change re-sync", same.get("wall_ms") + " ms", "", titles == 10_000 ? "<= 1000 ms" : "");
            row(out, "  rows: mappings / history", same.get("mappings_written") + " / " + same.get("history_written"), "", "0 / 0");
            row(out, "1 % changed re-sync", changed.get("wall_ms") + " ms", "", "");
            row(out, "  rows: mappings / history", changed.get("mappings_written") + " / " + changed.get("history_written"), "", "");
            row(out, "peak RSS adapter", first.get("peak_rss_mib_adapter") + " MiB", SEED_MEMORY, "<= 150 MB");
            row(out, "peak RSS tracker-api", first.get("peak_rss_mib_tracker-api") + " MiB", "", "<= 300 MB");
        }
        Map<String, Object> multi = (Map<String, Object>) results.get("multi_instance");
        if (multi != null) {
            out.append(String.format("%n%s instances, cron at once, %s users%n", multi.get("instances"), multi.get("users")));
            row(out, "wall time", multi.get("wall_ms") + " ms", "", "");
            row(out, "users synced exactly once", String.valueOf(multi.get("users_synced_once")), "", String.valueOf(multi.get("users")));
            row(out, "users synced twice or more", String.valueOf(multi.get("users_synced_twice_or_more")), "", "0");
            row(out, "users not synced", String.valueOf(multi.get("users_not_synced")), "", "0");
            row(out, "duplicate history rows", String.valueOf(multi.get("duplicate_history_rows")), "", "0");
            row(out, "longest single sync", multi.get("longest_single_sync_ms") + " ms", "", "");
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String figure, String measured, String seed, String target) {
        out.append(String.format("%-34s %14s %14s %14s%n", figure, measured, seed, target));
    }
}

package dev.shelfsync.tracker.matching;

import dev.shelfsync.contracts.adapter.LibraryItem;
import dev.shelfsync.tracker.adapter.AdapterDouble;
import dev.shelfsync.tracker.sync.AudibleFixtures;
import dev.shelfsync.tracker.sync.AudibleFixtures.Connected;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.util.ArrayList;
import java.util.List;

import static dev.shelfsync.tracker.adapter.AdapterDouble.item;

/** A first sync of 10,000 titles against 50,000 books; run with {@code -Dshelfsync.benchmark=true}. */
@QuarkusTest
@EnabledIfSystemProperty(named = "shelfsync.benchmark", matches = "true")
class MatchingBenchmarkTest {

    @Inject
    AudibleFixtures fx;

    @Test
    void firstSyncOfTenThousandTitles() {
        Connected u = fx.connectedUser();
        fx.update("""
                INSERT INTO books (user_id, title, author)
                SELECT ?, 'Volume ' || md5(g::text) || ' of the ' || (ARRAY['Long','Quiet','Red','Lost'])[1 + g % 4] || ' Road',
                       'Author ' || (g % 5000)
                FROM generate_series(1, 50000) g""", u.userId());
        List<LibraryItem> items = new ArrayList<>();
        for (int g = 1; g <= 10_000; g++) {
            String title = "Volume " + md5(g) + " of the " + List.of("Long", "Quiet", "Red", "Lost").get(g % 4) + " Road";
            if (g % 10 == 0) {
                title = "Unknown Story Number " + g;
            } else if (g % 5 == 0) {
                title = title + " (Unabridged)";
            }
            items.add(item(String.format("B%09d", g), title, null, "Author " + (g % 5000), null, (double) (g % 100), g % 7 == 0, null));
        }
        AdapterDouble.library(u.auth(), items);
        long started = System.nanoTime();
        var report = fx.sync(u);
        System.out.printf("BENCHMARK first sync: %d titles, %d matched, %d conflicts, %d updated; server %d ms, round trip %d ms%n",
                report.getInt("data.titles"), report.getInt("data.matched"), report.getInt("data.conflicts"),
                report.getInt("data.updated"), report.getLong("data.duration_ms"), (System.nanoTime() - started) / 1_000_000);
    }

    private static String md5(int g) {
        try {
            byte[] d = java.security.MessageDigest.getInstance("MD5").digest(Integer.toString(g).getBytes());
            return java.util.HexFormat.of().formatHex(d);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LibraryGeneratorTest {

    @Test
    void sameSeedSameLibraryOtherSeedOtherLibrary() {
        assertEquals(LibraryGenerator.generate(300, 42), LibraryGenerator.generate(300, 42));
        assertNotEquals(LibraryGenerator.generate(300, 42), LibraryGenerator.generate(300, 43));
    }

    @Test
    void tenThousandTitlesAreFastUniqueAndRealistic() {
        LibraryGenerator.generate(10_000, 1); // warm-up
        long started = System.nanoTime();
        List<ObjectNode> items = LibraryGenerator.generate(10_000, 42);
        assertTrue(Duration.ofNanos(System.nanoTime() - started).toMillis() < 1000, "generation under a second");

        Set<String> asins = new HashSet<>();
        int withIsbn = 0;
        int finished = 0;
        int inProgress = 0;
        int unstarted = 0;
        int inSeries = 0;
        int unabridgedSuffix = 0;
        int novelSuffix = 0;
        for (ObjectNode item : items) {
            assertTrue(asins.add(item.path("asin").asText()));
            assertTrue(item.path("asin").asText().matches("B0[0-9A-Z]{8}"));
            int runtime = item.path("runtime_length_min").asInt();
            assertTrue(runtime >= 60 && runtime <= 2000);
            assertTrue(item.path("authors").size() >= 1);
            assertTrue(item.path("narrators").size() >= 1);
            if (item.has("isbn")) {
                withIsbn++;
                assertTrue(Isbn.isValid13(item.path("isbn").asText()), item.path("isbn").asText());
            }
            if (item.path("is_finished").asBoolean()) {
                finished++;
                assertTrue(item.path("listening_status").path("finished_at_timestamp").asText().endsWith("Z"));
            } else if (item.path("percent_complete").asDouble(0) > 0) {
                inProgress++;
            } else {
                unstarted++;
            }
            if (item.path("series").isArray()) {
                inSeries++;
                assertTrue(item.path("series").get(0).path("sequence").asText().matches("\\d+(\\.5)?"));
            }
            String title = item.path("title").asText();
            unabridgedSuffix += title.endsWith(" (Unabridged)") ? 1 : 0;
            novelSuffix += title.endsWith(": A Novel") ? 1 : 0;
        }
        assertEquals(10_000, asins.size());
        assertBetween(withIsbn, 2500, 3500, "isbn share");
        assertBetween(finished, 2500, 3500, "finished");
        assertBetween(inProgress, 2800, 3800, "in progress");
        assertBetween(unstarted, 3000, 4000, "unstarted");
        assertBetween(inSeries, 2000, 3500, "series");
        assertTrue(unabridgedSuffix > 100 && novelSuffix > 100);
        for (int i = 1; i < items.size(); i++) {
            assertTrue(items.get(i - 1).path("purchase_date").asText().compareTo(items.get(i).path("purchase_date").asText()) >= 0,
                    "newest purchase first");
        }
    }

    private static void assertBetween(int value, int min, int max, String what) {
        assertTrue(value >= min && value <= max, what + " = " + value);
    }
}

package dev.shelfsync.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A tracker library for a given Audible library: a known share of the titles appear as the same work under a
 * print-style variant of the title (series marker added, subtitle kept or
 * dropped, "(Unabridged)" dropped, some with the ISBN), and the rest of the shelf is other works, many by the same authors.
 */
final class TrackerBooks {

    /** Every n-th Audible title out of 10 has its work on the shelf. */
    static final int SAME_WORK_PER_TEN = 7;

    record Book(String title, String author, String isbn, String type, int totalPages) {
    }

    private static final String[] FILLER_WORDS = {
            "Lantern", "Meridian", "Cobalt", "Driftwood", "Verity", "Quarry", "Saffron", "Halcyon", "Tundra",
            "Juniper", "Obsidian", "Peregrine", "Marigold", "Sextant", "Basalt", "Willow", "Cinder", "Aurora",
            "Bramble", "Zephyr", "Gossamer", "Umber", "Fathom", "Larkspur"};
    private static final String[] FILLER_FORMS = {
            "The %s Letters", "A %s Summer", "Notes on %s", "The %s Affair", "Beyond the %s", "%s and Other Stories",
            "The Last %s", "Under the %s Sky", "The %s Method", "Return to %s"};

    private TrackerBooks() {
    }

    static List<Book> forLibrary(List<ObjectNode> library, int total, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Book> books = new ArrayList<>(total);
        for (int i = 0; i < library.size() && books.size() < total; i++) {
            if (i % 10 < SAME_WORK_PER_TEN) {
                books.add(printVariant(library.get(i), random));
            }
        }
        for (int k = 0; books.size() < total; k++) {
            JsonNode sameAuthor = library.isEmpty() ? null : library.get(k % library.size());
            String author = sameAuthor == null ? "Anonymous" : firstAuthor(sameAuthor);
            String title = String.format(FILLER_FORMS[k % FILLER_FORMS.length],
                    FILLER_WORDS[random.nextInt(FILLER_WORDS.length)]) + " " + toRoman(1 + k / FILLER_FORMS.length);
            books.add(new Book(title, author, null, k % 3 == 0 ? "Audiobook" : "Book", 200 + random.nextInt(500)));
        }
        return books;
    }

    static int expectedSameWorks(int librarySize) {
        return librarySize / 10 * SAME_WORK_PER_TEN + Math.min(librarySize % 10, SAME_WORK_PER_TEN);
    }

    private static Book printVariant(JsonNode item, SplittableRandom random) {
        String title = item.path("title").asText();
        String subtitle = item.path("subtitle").asText("");
        JsonNode series = item.path("series").path(0);
        String printTitle = switch (random.nextInt(4)) {
            case 0 -> title;
            case 1 -> subtitle.isEmpty() ? title : title + ": " + subtitle;
            case 2 -> series.isMissingNode() ? title
                    : title + " (" + series.path("title").asText() + ", #" + series.path("sequence").asText() + ")";
            default -> title.replace(" (Unabridged)", "");
        };
        String author = firstAuthor(item);
        String isbn = item.hasNonNull("isbn") && random.nextBoolean() ? item.path("isbn").asText() : null;
        return new Book(printTitle, author, isbn, random.nextBoolean() ? "Audiobook" : "Book",
                150 + random.nextInt(600));
    }

    private static String firstAuthor(JsonNode item) {
        return item.path("authors").path(0).path("name").asText("Unknown");
    }

    private static String toRoman(int n) {
        String[] numerals = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        StringBuilder roman = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                roman.append(numerals[i]);
                n -= values[i];
            }
        }
        return roman.toString();
    }
}

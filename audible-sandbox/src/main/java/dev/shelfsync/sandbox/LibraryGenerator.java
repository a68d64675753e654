package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Builds a large, realistic-looking library deterministically from a seed: authors with several books, series
 * with running sequence numbers, Audible-style title quirks, ~30 % ISBNs, and progress spread over unstarted,
 * in-progress and finished titles. Items come out newest purchase first.
 */
final class LibraryGenerator {

    private static final Instant FIRST_PURCHASE = Instant.parse("2014-01-01T00:00:00Z");
    private static final Instant LAST_PURCHASE = Instant.parse("2025-06-01T00:00:00Z");
    private static final long ASIN_SPACE = 2_821_109_907_456L; // 36^8
    private static final long ASIN_STRIDE = 2_654_435_761L;    // coprime to 36^8, so index -> ASIN is one-to-one

    private static final String[] FIRST_NAMES = {
            "Emma", "Oliver", "Ava", "Liam", "Sophia", "Noah", "Isabella", "Elijah", "Mia", "James", "Charlotte",
            "Benjamin", "Amelia", "Lucas", "Harper", "Henry", "Evelyn", "Alexander", "Abigail", "Daniel", "Emily",
            "Matthew", "Elizabeth", "Samuel", "Sofia", "David", "Avery", "Joseph", "Ella", "Owen", "Scarlett",
            "Grace", "Wyatt", "Chloe", "Jack", "Victoria", "Luke", "Riley", "Gabriel", "Aria", "Nora", "Julian",
            "Hannah", "Isaac", "Lillian", "Miriam", "Tobias", "Rosalind", "Desmond", "Ingrid"};
    private static final String[] LAST_NAMES = {
            "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez",
            "Hernandez", "Lopez", "Wilson", "Anderson", "Thomas", "Taylor", "Moore", "Jackson", "Martin", "Lee",
            "Thompson", "White", "Harris", "Clark", "Lewis", "Robinson", "Walker", "Young", "Allen", "King",
            "Wright", "Scott", "Hill", "Green", "Adams", "Baker", "Nelson", "Carter", "Mitchell", "Roberts",
            "Whitaker", "Ashworth", "Okafor", "Lindqvist", "Moreau", "Castellano", "Nakamura", "Fairbanks",
            "Thornton", "Delacroix"};
    private static final String[] ADJECTIVES = {
            "Silent", "Hidden", "Broken", "Last", "Burning", "Midnight", "Golden", "Forgotten", "Crimson", "Winter",
            "Lost", "Shattered", "Iron", "Quiet", "Wild", "Hollow", "Distant", "Glass", "Secret", "Endless",
            "Fallen", "Bright", "Dark", "Salt", "Paper", "Stolen", "Sleeping", "Northern", "Sunken", "Scarlet"};
    private static final String[] NOUNS = {
            "Orchard", "Kingdom", "River", "Garden", "Empire", "Light", "Sea", "House", "Mountain", "Crown",
            "Storm", "Bridge", "Library", "Harbor", "Forest", "City", "Tide", "Throne", "Ember", "Letter",
            "Shadow", "Echo", "Road", "Island", "Lighthouse", "Witness", "Machine", "Star", "Compass", "Frontier"};
    private static final String[] PLURALS = {
            "Embers", "Stars", "Kings", "Bones", "Ashes", "Whispers", "Thorns", "Wolves", "Ghosts", "Secrets",
            "Lies", "Storms", "Stones", "Shadows", "Tides", "Rivers", "Crowns", "Wings", "Ravens", "Swords"};
    private static final String[] PLACES = {
            "Avalon", "Marrow Bay", "Kestrel Point", "the North", "Saltmarsh", "Eldoria", "Vienna", "Lisbon",
            "Black Hollow", "Greymoor", "Cape Sorrow", "the Drowned Coast"};
    private static final String[] OCCUPATIONS = {
            "Clockmaker", "Beekeeper", "Lighthouse Keeper", "Cartographer", "Astronomer", "Bookbinder", "Ferryman",
            "Apothecary", "Watchmaker", "Gardener", "Tailor", "Glassblower"};
    private static final String[] CONCEPTS = {
            "Attention", "Focus", "Habit", "Money", "Courage", "Sleep", "Memory", "Calm", "Curiosity", "Kindness",
            "Leadership", "Influence"};
    private static final String[] CONCEPT_NOUNS = {
            "Paradox", "Effect", "Principle", "Code", "Mindset", "Advantage", "Revolution", "Equation", "Blueprint",
            "Myth"};
    private static final String[] NONFICTION_SUBTITLES = {
            "How Small Changes Shape Big Lives", "A Brief History of Everyday Things", "The Science of Getting Unstuck",
            "Lessons from a Life in Medicine", "Why We Do What We Do", "A Memoir",
            "The Surprising Truth About What Motivates Us", "How to Think Clearly in a Noisy World"};
    private static final String[] PUBLISHERS = {
            "Audible Studios", "Penguin Audio", "Random House Audio", "HarperAudio", "Macmillan Audio",
            "Hachette Audio", "Simon & Schuster Audio", "Podium Audio", "Blackstone Publishing", "Tantor Audio",
            "Brilliance Audio", "Recorded Books"};

    private record Person(String name, String asin) {
    }

    private static final class Series {
        final String asin;
        final String title;
        final int authorIndex;
        int nextSequence = 1;

        Series(String asin, String title, int authorIndex) {
            this.asin = asin;
            this.title = title;
            this.authorIndex = authorIndex;
        }
    }

    private final SplittableRandom random;
    private final long asinOffset;
    private final List<Person> authors;
    private final List<String> narrators;
    private final List<Series> series;
    private final ArrayNode codecs = LibraryItemFields.defaultCodecs();

    private LibraryGenerator(int size, long seed) {
        this.random = new SplittableRandom(seed);
        this.asinOffset = Math.floorMod(seed * 0x9E3779B97F4A7C15L, ASIN_SPACE);
        this.authors = new ArrayList<>();
        for (int i = 0, count = Math.max(3, size / 6); i < count; i++) {
            authors.add(new Person(personName(), random.nextInt(5) == 0 ? null : "B00" + base36(random.nextLong(36L * 36 * 36 * 36 * 36 * 36 * 36), 7)));
        }
        this.narrators = new ArrayList<>();
        for (int i = 0, count = Math.max(3, size / 15); i < count; i++) {
            narrators.add(personName());
        }
        this.series = new ArrayList<>();
        for (int i = 0, count = Math.max(2, size / 12); i < count; i++) {
            series.add(new Series("B0" + base36(random.nextLong(ASIN_SPACE), 8), seriesTitle(), random.nextInt(authors.size())));
        }
    }

    static List<ObjectNode> generate(int size, long seed) {
        return new LibraryGenerator(size, seed).items(size);
    }

    private record Dated(String purchaseDate, String asin, ObjectNode item) {
    }

    private List<ObjectNode> items(int size) {
        List<Dated> items = new ArrayList<>(size);
        for (int index = 0; index < size; index++) {
            ObjectNode item = item(index);
            items.add(new Dated(item.path("purchase_date").asText(), LibraryItems.asin(item), item));
        }
        // purchase_date has one fixed ISO format, so comparing the text orders by time without parsing
        items.sort(Comparator.comparing(Dated::purchaseDate).reversed().thenComparing(Dated::asin));
        List<ObjectNode> ordered = new ArrayList<>(size);
        items.forEach(dated -> ordered.add(dated.item()));
        return ordered;
    }

    private ObjectNode item(int index) {
        LibraryItemFields fields = new LibraryItemFields(asin(index));
        boolean nonfiction = random.nextInt(5) == 0;
        Series inSeries = !nonfiction && random.nextInt(100) < 35 ? series.get(random.nextInt(series.size())) : null;

        String sequence = inSeries == null ? null : nextSequence(inSeries);
        String title = nonfiction ? nonfictionTitle() : fictionTitle();
        String subtitle = subtitle(nonfiction, inSeries, sequence);
        int quirk = random.nextInt(100);
        if (quirk < 6) {
            title += " (Unabridged)";
        } else if (quirk < 11 && subtitle == null && !nonfiction) {
            title += ": A Novel";
        }
        fields.title(title, subtitle);

        int authorIndex = inSeries != null ? inSeries.authorIndex : random.nextInt(authors.size());
        List<Person> bookAuthors = new ArrayList<>(List.of(authors.get(authorIndex)));
        if (random.nextInt(10) == 0) {
            bookAuthors.add(authors.get(random.nextInt(authors.size())));
        }
        bookAuthors.forEach(author -> fields.author(author.name(), author.asin()));
        fields.narrator(narrators.get(random.nextInt(narrators.size())));
        if (random.nextInt(8) == 0) {
            fields.narrator(narrators.get(random.nextInt(narrators.size())));
        }
        if (inSeries != null) {
            fields.series(inSeries.asin, inSeries.title, sequence);
        }

        int runtime = 60 + random.nextInt(1941);
        Instant purchased = between(FIRST_PURCHASE, LAST_PURCHASE);
        LocalDate released = LocalDate.ofInstant(purchased, ZoneOffset.UTC).minusDays(random.nextInt(3000));
        String publisher = PUBLISHERS[random.nextInt(PUBLISHERS.length)];
        fields.product(runtime, released, publisher, random.nextInt(40) == 0 ? "abridged" : "unabridged",
                runtime > 900 ? "MultiPartBook" : "SinglePartBook", "english")
                .purchased(purchased)
                .sku("BK_" + publisher.substring(0, 4).toUpperCase() + "_" + (100_000 + random.nextInt(900_000)))
                .image(imageId())
                .codecs(codecs)
                .summary("<p>" + SignInPages.escape(title) + " is " + (nonfiction ? "an eye-opening look at " + CONCEPTS[random.nextInt(CONCEPTS.length)].toLowerCase() : "a gripping story set in " + PLACES[random.nextInt(PLACES.length)]) + ".</p>");
        if (random.nextInt(100) < 30) {
            fields.isbn(isbn13());
        }
        progress(fields, runtime, purchased);
        return fields.build();
    }

    private void progress(LibraryItemFields fields, int runtimeMinutes, Instant purchased) {
        int kind = random.nextInt(100);
        if (kind < 35) {
            fields.unstarted(runtimeMinutes, random.nextBoolean());
        } else if (kind < 68) {
            fields.inProgress(runtimeMinutes, round(0.5 + random.nextDouble() * 99.0));
        } else {
            double percent = random.nextInt(10) == 0 ? round(20 + random.nextDouble() * 79) : 100.0;
            Instant finished = purchased.plus(Duration.ofDays(1 + random.nextInt(400))).plusMillis(random.nextLong(86_400_000L));
            fields.finished(percent, finished);
        }
    }

    private String fictionTitle() {
        return switch (random.nextInt(6)) {
            case 0 -> "The " + pick(ADJECTIVES) + " " + pick(NOUNS);
            case 1 -> pick(NOUNS) + " of " + pick(PLURALS);
            case 2 -> "The " + pick(NOUNS) + " of " + pick(PLACES);
            case 3 -> pick(ADJECTIVES) + " " + pick(PLURALS);
            case 4 -> "The " + pick(OCCUPATIONS) + "'s " + pick(new String[] {"Daughter", "Secret", "Apprentice", "Wife", "Promise", "Map"});
            default -> "A " + pick(NOUNS) + " of " + pick(ADJECTIVES) + " " + pick(PLURALS);
        };
    }

    private String nonfictionTitle() {
        return random.nextBoolean()
                ? "The " + pick(CONCEPTS) + " " + pick(CONCEPT_NOUNS)
                : pick(CONCEPTS) + " Is a " + pick(CONCEPT_NOUNS);
    }

    /** Mostly 1, 2, 3…; now and then a novella numbered between two books (e.g. "2.5"). */
    private String nextSequence(Series inSeries) {
        if (inSeries.nextSequence > 1 && random.nextInt(20) == 0) {
            return (inSeries.nextSequence - 1) + ".5";
        }
        return String.valueOf(inSeries.nextSequence++);
    }

    private String subtitle(boolean nonfiction, Series inSeries, String sequence) {
        if (nonfiction) {
            return random.nextInt(10) < 8 ? pick(NONFICTION_SUBTITLES) : null;
        }
        if (inSeries != null) {
            return random.nextInt(10) < 6 ? inSeries.title + ", Book " + sequence : null;
        }
        int roll = random.nextInt(100);
        return roll < 18 ? "A Novel" : roll < 23 ? "A Thriller" : null;
    }

    private String seriesTitle() {
        return switch (random.nextInt(5)) {
            case 0 -> "The " + pick(NOUNS) + " Chronicles";
            case 1 -> pick(NOUNS) + " Saga";
            case 2 -> "The " + pick(PLACES) + " Cycle";
            case 3 -> "The " + pick(OCCUPATIONS) + " Mysteries";
            default -> pick(LAST_NAMES) + " Files";
        };
    }

    private String personName() {
        String first = random.nextInt(12) == 0
                ? (char) ('A' + random.nextInt(26)) + ". " + (char) ('A' + random.nextInt(26)) + "."
                : pick(FIRST_NAMES);
        return first + " " + pick(LAST_NAMES);
    }

    private String asin(int index) {
        return "B0" + base36(Math.floorMod(index * ASIN_STRIDE + asinOffset, ASIN_SPACE), 8);
    }

    private String imageId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder("51");
        for (int i = 0; i < 9; i++) {
            id.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** 978/979 prefix, nine random digits, valid ISBN-13 check digit. */
    private String isbn13() {
        StringBuilder digits = new StringBuilder(random.nextInt(4) == 0 ? "979" : "978");
        for (int i = 0; i < 9; i++) {
            digits.append(random.nextInt(10));
        }
        return digits.append(Isbn.checkDigit(digits)).toString();
    }

    private Instant between(Instant from, Instant to) {
        return from.plusMillis(random.nextLong(Duration.between(from, to).toMillis()));
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static String base36(long value, int width) {
        StringBuilder out = new StringBuilder(Long.toString(value, 36).toUpperCase());
        while (out.length() < width) {
            out.insert(0, '0');
        }
        return out.toString();
    }
}

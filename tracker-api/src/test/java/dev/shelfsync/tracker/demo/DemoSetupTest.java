package dev.shelfsync.tracker.demo;

import dev.shelfsync.tracker.adapter.AdapterDouble;
import dev.shelfsync.tracker.sync.AudibleFixtures;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static dev.shelfsync.tracker.adapter.AdapterDouble.item;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class DemoSetupTest {

    @Inject
    DemoSetup demo;

    @Inject
    AudibleFixtures fx;

    @Test
    void theDemoLibraryMatchesTheSandboxLibraryAsDesigned() {
        Instant finished = Instant.parse("2024-05-01T10:00:00Z");
        AdapterDouble.library(AdapterDouble.authFor("listener@example.com"), List.of(
                item("B08G9PRS1K", "Project Hail Mary", null, "Andy Weir", null, 100.0, true, finished),
                item("B082BHJMFF", "The Martian", null, "Andy Weir", null, 0.0, false, null),
                item("B0052CQ2EE", "Leviathan Wakes", "The Expanse, Book 1", "James S. A. Corey", null, 45.0, false, null),
                item("B017V4IM1G", "Harry Potter and the Sorcerer's Stone, Book 1", null, "J.K. Rowling", null, 100.0, true, finished),
                item("B002V1OF70", "Dune", null, "Frank Herbert", "9780593099322", 12.0, false, null),
                item("B07RFSSYBH", "Atomic Habits", "An Easy & Proven Way to Build Good Habits & Break Bad Ones", "James Clear", null, 100.0, true, finished),
                item("B08GRYVJ1J", "The Midnight Library", "A Novel", "Matt Haig", null, 70.0, false, null),
                item("B07BNN6V8G", "Educated", "A Memoir", "Tara Westover", null, 0.0, false, null),
                item("B002UZMLXM", "Mistborn: The Final Empire", null, "Brandon Sanderson", null, 30.0, false, null),
                item("B003P2WO5E", "The Way of Kings", null, "Brandon Sanderson", null, 0.0, false, null),
                item("B0741G912X", "Sapiens", "A Brief History of Humankind", "Yuval Noah Harari", null, 100.0, true, finished),
                item("B0099SNS0S", "The Hobbit", null, "J.R.R. Tolkien", null, 5.0, false, null)));

        long userId = demo.demoUser().orElseGet(demo::createDemoUser);
        demo.connectAndSync();

        assertEquals(9, fx.count("SELECT count(*) FROM audible_book_mappings WHERE user_id = ?", userId));
        assertEquals(List.of("B003P2WO5E", "B07BNN6V8G", "B082BHJMFF"), fx.one("""
                SELECT array_agg(asin ORDER BY asin)::text[] AS asins FROM audible_conflicts
                WHERE user_id = ? AND NOT resolved AND conflict_type = 'no_match'""", userId).get("asins") instanceof java.sql.Array a
                ? List.of((Object[]) toArray(a)) : List.of());
        assertEquals("Mistborn: The Final Empire", fx.one("""
                SELECT b.title FROM books b JOIN audible_book_mappings m ON m.book_id = b.id
                WHERE m.user_id = ? AND m.asin = 'B002UZMLXM'""", userId).get("title"));
    }

    private static Object[] toArray(java.sql.Array a) {
        try {
            return (Object[]) a.getArray();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}

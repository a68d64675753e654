package dev.shelfsync.tracker.matching;

import dev.shelfsync.contracts.adapter.LibraryItem;
import dev.shelfsync.tracker.adapter.AdapterDouble;
import dev.shelfsync.tracker.sync.AudibleFixtures;
import dev.shelfsync.tracker.sync.AudibleFixtures.Connected;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.shelfsync.tracker.adapter.AdapterDouble.item;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class TitleMatchingTest {

    @Inject
    AudibleFixtures fx;

    private Map<String, Object> mapping(Connected u, String asin) {
        return fx.one("SELECT book_id, match_method, match_confidence FROM audible_book_mappings WHERE user_id = ? AND asin = ?",
                u.userId(), asin);
    }

    private Map<String, Object> openConflict(Connected u, String asin) {
        return fx.one("""
                SELECT conflict_type, potential_matches::text AS matches FROM audible_conflicts
                WHERE user_id = ? AND asin = ? AND NOT resolved""", u.userId(), asin);
    }

    @Test
    void printAndAudioListingsOfTheSameBookMatch() {
        Connected u = fx.connectedUser();
        long leviathan = fx.book(u.userId(), "Leviathan Wakes (The Expanse, #1)", "James S.A. Corey", null, "Book", null);
        long potter = fx.book(u.userId(), "Harry Potter and the Sorcerer's Stone", "J. K. Rowling", null, "Book", null);
        long dune = fx.book(u.userId(), "Dune", "Frank Herbert", "0593099324", "Book", null);
        long sapiens = fx.book(u.userId(), "Sapiens: A Brief History of Humankind", "Yuval Noah Harari", null, "Book", null);
        long hobbit = fx.book(u.userId(), "The Hobbit, or There and Back Again", "J. R. R. Tolkien", null, "Book", null);
        long midnight = fx.book(u.userId(), "The Midnight Library", "Matt Haig", null, "Book", null);
        long cafe = fx.book(u.userId(), "Café au Lait", "Zoë Brontë", null, "Book", null);
        long unabridged = fx.book(u.userId(), "Project Hail Mary", "Andy Weir", null, "Book", null);
        AdapterDouble.library(u.auth(), List.of(
                item("B000000001", "Leviathan Wakes", "The Expanse, Book 1", "James S. A. Corey", null, 45.0, false, null),
                item("B000000002", "Harry Potter and the Sorcerer's Stone, Book 1", null, "J.K. Rowling", null, 100.0, true, null),
                item("B000000003", "Dune", null, "Frank Herbert", "9780593099322", 12.0, false, null),
                item("B000000004", "Sapiens", "A Brief History of Humankind", "Yuval Noah Harari", null, 100.0, true, null),
                item("B000000005", "The Hobbit", null, "J.R.R. Tolkien", null, 5.0, false, null),
                item("B000000006", "The Midnight Library", "A Novel", "Matt Haig", null, 70.0, false, null),
                item("B000000007", "Cafe au lait", null, "Zoe Bronte", null, 1.0, false, null),
                item("B000000008", "Project Hail Mary (Unabridged)", null, "Andy Weir", null, 100.0, true, null)));

        var report = fx.sync(u);

        assertEquals(8, report.getInt("data.matched"));
        assertEquals(0, report.getInt("data.conflicts"));
        assertEquals(leviathan, mapping(u, "B000000001").get("book_id"));
        assertEquals(potter, mapping(u, "B000000002").get("book_id"));
        assertEquals(dune, mapping(u, "B000000003").get("book_id"));
        assertEquals("isbn", mapping(u, "B000000003").get("match_method"));
        assertEquals(sapiens, mapping(u, "B000000004").get("book_id"));
        assertEquals(hobbit, mapping(u, "B000000005").get("book_id"));
        assertEquals(midnight, mapping(u, "B000000006").get("book_id"));
        assertEquals(cafe, mapping(u, "B000000007").get("book_id"));
        assertEquals(unabridged, mapping(u, "B000000008").get("book_id"));
        assertEquals("exact_title", mapping(u, "B000000001").get("match_method"));
    }

    @Test
    void anotherBookBySameAuthorIsNeverLinked() {
        Connected u = fx.connectedUser();
        fx.book(u.userId(), "Artemis", "Andy Weir", null, "Book", null);
        AdapterDouble.library(u.auth(), List.of(item("B000000011", "The Martian", null, "Andy Weir", null, 0.0, false, null)));

        fx.sync(u);

        assertNull(mapping(u, "B000000011"));
        Map<String, Object> conflict = openConflict(u, "B000000011");
        assertEquals("no_match", conflict.get("conflict_type"));
        assertTrue(conflict.get("matches").toString().contains("\"reason\": \"same_author\""),
                "the same author's book is offered, not linked: " + conflict.get("matches"));
    }

    @Test
    void titlesSharingOnlyASeriesPrefixAreNotLinked() {
        Connected u = fx.connectedUser();
        long finalEmpire = fx.book(u.userId(), "Mistborn: The Final Empire", "Brandon Sanderson", null, "Book", null);
        fx.book(u.userId(), "Mistborn: The Well of Ascension", "Brandon Sanderson", null, "Book", null);
        Connected other = fx.connectedUser();
        fx.book(other.userId(), "Mistborn: The Well of Ascension", "Brandon Sanderson", null, "Book", null);
        fx.book(other.userId(), "Mistborn", "Brandon Sanderson", null, "Book", null);
        LibraryItem finalEmpireAudio = item("B000000021", "Mistborn: The Final Empire", null, "Brandon Sanderson", null, 30.0, false, null);
        AdapterDouble.library(u.auth(), List.of(finalEmpireAudio));
        AdapterDouble.library(other.auth(), List.of(finalEmpireAudio));

        fx.sync(u);
        fx.sync(other);

        assertEquals(finalEmpire, mapping(u, "B000000021").get("book_id"));
        assertNull(mapping(other, "B000000021"));
        Map<String, Object> conflict = openConflict(other, "B000000021");
        assertEquals("low_confidence", conflict.get("conflict_type"));
        assertTrue(((String) conflict.get("matches")).contains("title_score"));
    }

    @Test
    void twoEqualCandidatesAreAmbiguousButAnAudiobookEditionWins() {
        Connected u = fx.connectedUser();
        fx.book(u.userId(), "Dune", "Frank Herbert", null, "Book", null);
        fx.book(u.userId(), "Dune", "Frank Herbert", null, "Ebook", null);
        Connected v = fx.connectedUser();
        fx.book(v.userId(), "Dune", "Frank Herbert", null, "Book", null);
        long audio = fx.book(v.userId(), "Dune", "Frank Herbert", null, "Audiobook", null);
        LibraryItem dune = item("B000000031", "Dune", null, "Frank Herbert", null, 10.0, false, null);
        AdapterDouble.library(u.auth(), List.of(dune));
        AdapterDouble.library(v.auth(), List.of(dune));

        fx.sync(u);
        fx.sync(v);

        assertEquals("ambiguous", openConflict(u, "B000000031").get("conflict_type"));
        assertEquals(audio, mapping(v, "B000000031").get("book_id"));
    }

    @Test
    void sameTitleByADifferentAuthorIsOnlyACandidate() {
        Connected u = fx.connectedUser();
        fx.book(u.userId(), "Educated", "Someone Else", null, "Book", null);
        AdapterDouble.library(u.auth(), List.of(item("B000000041", "Educated", "A Memoir", "Tara Westover", null, 0.0, false, null)));

        fx.sync(u);

        assertNull(mapping(u, "B000000041"));
        assertEquals("low_confidence", openConflict(u, "B000000041").get("conflict_type"));
    }

    @Test
    void aCloseTitleByTheSameAuthorLinksFuzzily() {
        Connected u = fx.connectedUser();
        long book = fx.book(u.userId(), "The Way of Kings Prime", "Brandon Sanderson", null, "Book", null);
        AdapterDouble.library(u.auth(), List.of(item("B000000051", "The Way of Kings Prim", null, "Brandon Sanderson", null, 3.0, false, null)));

        fx.sync(u);

        assertEquals(book, mapping(u, "B000000051").get("book_id"));
        assertEquals("fuzzy", mapping(u, "B000000051").get("match_method"));
    }
}

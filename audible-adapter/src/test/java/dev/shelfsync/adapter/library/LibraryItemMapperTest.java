package dev.shelfsync.adapter.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shelfsync.adapter.support.Fixtures;
import dev.shelfsync.contracts.adapter.LibraryItem;
import dev.shelfsync.contracts.adapter.SeriesRef;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class LibraryItemMapperTest {

    @Test
    void readsTheRealLibraryFragment() {
        JsonNode item = Fixtures.json("audible/issue_booklibconnect-28_library_response_fragment.json")
                .path("items").get(0);
        LibraryItem mapped = LibraryItemMapper.toItem(item);
        assertEquals("B076KML76M", mapped.asin());
        assertEquals(List.of("Aimée Carter"), mapped.authors());
        assertNull(mapped.percentComplete());
        assertNull(mapped.isFinished());
    }

    @Test
    void normalisesAFullItemWithProgressInListeningStatus() throws Exception {
        JsonNode item = new ObjectMapper().readTree("""
                {"asin": "B002V0QK4C", "title": "The Hobbit", "subtitle": null,
                 "authors": [{"asin": null, "name": "J. R. R. Tolkien"}], "narrators": [{"name": "Andy Serkis"}],
                 "series": [{"asin": "B0", "title": "Middle-earth", "sequence": "0.5"}],
                 "runtime_length_min": "642", "language": "english", "isbn": "9780000000001",
                 "purchase_date": "2019-05-04T10:11:12.000Z",
                 "product_images": {"252": "https://img/252.jpg", "500": "https://img/500.jpg"},
                 "percent_complete": null, "is_finished": null,
                 "listening_status": {"finished_at_timestamp": "2026-08-30T12:08:33.768Z", "is_finished": true,
                                      "percent_complete": 100.0, "time_remaining_seconds": 0},
                 "unknown_field": {"nested": [1, 2]}}
                """);
        LibraryItem mapped = LibraryItemMapper.toItem(item);
        assertEquals(new LibraryItem("B002V0QK4C", "The Hobbit", null, List.of("J. R. R. Tolkien"),
                List.of("Andy Serkis"), List.of(new SeriesRef("Middle-earth", "0.5")), "9780000000001", 642, 100.0,
                true, Instant.parse("2026-08-30T12:08:33.768Z"), Instant.parse("2019-05-04T10:11:12Z"), "english",
                "https://img/500.jpg"), mapped);
    }
}

package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LibraryTest extends RegisteredDeviceTest {

    private static final String FULL_GROUPS = "product_desc,product_attrs,contributors,media,series,is_finished,percent_complete,listening_status";

    @BeforeEach
    void demoLibrary() {
        sandbox.setLibrary(LibrarySources.demo());
    }

    private static HttpResponse<String> library(String query) throws Exception {
        return client.signedGet(device, "/1.0/library?" + query);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return SandboxTestClient.JSON.readTree(response.body());
    }

    @Test
    void pagesAGeneratedLibraryInThousands() throws Exception {
        sandbox.generateLibrary(2500, 7);
        Set<String> asins = new HashSet<>();
        int[] expected = {1000, 1000, 500, 0};
        for (int page = 1; page <= 4; page++) {
            HttpResponse<String> response = library("num_results=1000&page=" + page + "&response_groups=" + FULL_GROUPS);
            assertEquals(200, response.statusCode());
            assertEquals("2500", response.headers().firstValue("total-count").orElseThrow());
            JsonNode items = json(response).path("items");
            assertEquals(expected[page - 1], items.size(), "page " + page);
            items.forEach(item -> asins.add(item.path("asin").asText()));
        }
        assertEquals(2500, asins.size(), "no title appears twice across pages");
    }

    @Test
    void numResultsAbove1000AndNonNumericAreRejected() throws Exception {
        HttpResponse<String> tooMany = library("num_results=1001");
        assertEquals(400, tooMany.statusCode());
        assertTrue(json(tooMany).path("message").asText().contains("numResults"));
        HttpResponse<String> notANumber = library("num_results=some_random_string123");
        assertEquals(400, notANumber.statusCode());
        assertTrue(json(notANumber).path("message").asText().contains("^\\d+$"));
        assertEquals(400, library("num_results=10&page=0").statusCode());
    }

    @Test
    void oneUnknownResponseGroupFailsTheWholeRequest() throws Exception {
        assertEquals(400, library("num_results=10&response_groups=product_attrs,not_a_group").statusCode());
        assertEquals(200, library("num_results=10&response_groups=product_attrs,%20contributors").statusCode());
    }

    @Test
    void progressFieldsOnlyComeWithTheirGroups() throws Exception {
        JsonNode bare = json(library("num_results=50&response_groups=product_attrs,contributors")).path("items");
        assertEquals(12, bare.size());
        for (JsonNode item : bare) {
            assertFalse(item.has("percent_complete"));
            assertFalse(item.has("is_finished"));
            assertFalse(item.has("listening_status"));
            assertTrue(item.has("title"));
            assertTrue(item.has("authors"));
            assertFalse(item.has("series"), "series needs its own group");
        }

        JsonNode minimal = json(library("num_results=1")).path("items").get(0);
        assertEquals(Set.of("asin", "is_ayce", "library_status", "purchase_date", "sku_lite", "status", "is_removable_by_parent"),
                fieldNames(minimal));

        JsonNode full = json(library("num_results=50&response_groups=" + FULL_GROUPS)).path("items");
        JsonNode hailMary = find(full, "Project Hail Mary");
        assertTrue(hailMary.path("is_finished").asBoolean());
        assertEquals(100.0, hailMary.path("percent_complete").asDouble());
        assertTrue(hailMary.path("listening_status").path("finished_at_timestamp").asText().endsWith("Z"));
        JsonNode leviathan = find(full, "Leviathan Wakes");
        assertEquals(45.0, leviathan.path("percent_complete").asDouble());
        assertEquals("The Expanse, Book 1", leviathan.path("subtitle").asText());
        assertEquals("The Expanse", leviathan.path("series").get(0).path("title").asText());
        assertEquals("1", leviathan.path("series").get(0).path("sequence").asText());
        assertEquals("9780593099322", find(full, "Dune").path("isbn").asText());
    }

    @Test
    void demoLibraryHasTheTwelveTitles() throws Exception {
        JsonNode items = json(library("num_results=50&response_groups=product_attrs,contributors,media")).path("items");
        List<String> titles = StreamSupport.stream(items.spliterator(), false).map(i -> i.path("title").asText()).toList();
        assertEquals(Set.of("Project Hail Mary", "The Martian", "Leviathan Wakes", "Harry Potter and the Sorcerer's Stone, Book 1",
                "Dune", "Atomic Habits", "The Midnight Library", "Educated", "Mistborn: The Final Empire", "The Way of Kings",
                "Sapiens", "The Hobbit"), new HashSet<>(titles));
        for (JsonNode item : items) {
            assertTrue(item.path("asin").asText().matches("B0[0-9A-Z]{8}"));
            assertTrue(item.path("purchase_date").asText().matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z"));
            assertTrue(item.path("product_images").path("500").asText().startsWith("https://"));
            assertTrue(item.path("runtime_length_min").asInt() > 0);
        }
    }

    @Test
    void sortByTitleAndAnUnknownSort() throws Exception {
        JsonNode items = json(library("num_results=3&sort_by=Title&response_groups=product_attrs")).path("items");
        assertEquals("Atomic Habits", items.get(0).path("title").asText());
        assertEquals("Dune", items.get(1).path("title").asText());
        assertEquals(400, library("sort_by=Shoe%20Size").statusCode());
    }

    @Test
    void singleItemByAsin() throws Exception {
        String asin = json(library("num_results=1")).path("items").get(0).path("asin").asText();
        HttpResponse<String> response = client.signedGet(device, "/1.0/library/" + asin + "?response_groups=product_attrs");
        assertEquals(200, response.statusCode());
        assertEquals(asin, json(response).path("item").path("asin").asText());
        assertEquals(404, client.signedGet(device, "/1.0/library/B000000000").statusCode());
    }

    @Test
    void lastPositionsLookLikeTheAnnotationService() throws Exception {
        JsonNode items = json(library("num_results=50&response_groups=product_attrs,percent_complete")).path("items");
        String inProgress = find(items, "Leviathan Wakes").path("asin").asText();
        String unstarted = find(items, "The Martian").path("asin").asText();
        HttpResponse<String> response = client.signedGet(device,
                "/1.0/annotations/lastpositions?asins=" + inProgress + "," + unstarted + "&response_groups=always-returned");
        assertEquals(200, response.statusCode());
        JsonNode body = json(response);
        assertEquals("always-returned", body.path("response_groups").get(0).asText());
        JsonNode annotations = body.path("asin_last_position_heard_annots");
        assertEquals(2, annotations.size());
        JsonNode heard = annotations.get(0).path("last_position_heard");
        assertEquals("Exists", heard.path("status").asText());
        assertTrue(heard.path("last_updated").asText().matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{1,3}"));
        long expectedMs = Math.round(find(items, "Leviathan Wakes").path("runtime_length_min").asInt() * 60_000L * 0.45);
        assertEquals(expectedMs, heard.path("position_ms").asLong());
        JsonNode none = annotations.get(1).path("last_position_heard");
        assertEquals("DoesNotExist", none.path("status").asText());
        assertFalse(none.has("position_ms"));
    }

    @Test
    void finishedStatusListsTheFinishedTitles() throws Exception {
        HttpResponse<String> response = client.tokenGet(device.accessToken(), "/1.0/stats/status/finished?start_date=2001-01-01T00:00:00Z");
        assertEquals(200, response.statusCode());
        JsonNode list = json(response).path("mark_as_finished_status_list");
        assertEquals(4, list.size(), "Project Hail Mary, Harry Potter, Atomic Habits, Sapiens");
        for (JsonNode entry : list) {
            assertTrue(entry.path("is_marked_as_finished").asBoolean());
            assertTrue(entry.path("event_timestamp").asText().endsWith("Z"));
        }
        JsonNode recent = json(client.tokenGet(device.accessToken(), "/1.0/stats/status/finished?start_date=2021-01-01T00:00:00Z"))
                .path("mark_as_finished_status_list");
        assertEquals(1, recent.size(), "only Project Hail Mary was finished after 2021");
    }

    private static JsonNode find(JsonNode items, String title) {
        for (JsonNode item : items) {
            if (item.path("title").asText().equals(title)) {
                return item;
            }
        }
        throw new AssertionError("no item titled " + title);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}

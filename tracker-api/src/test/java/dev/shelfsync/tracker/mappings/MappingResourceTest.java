package dev.shelfsync.tracker.mappings;

import dev.shelfsync.tracker.adapter.AdapterDouble;
import dev.shelfsync.tracker.sync.AudibleFixtures;
import dev.shelfsync.tracker.sync.AudibleFixtures.Connected;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.shelfsync.tracker.adapter.AdapterDouble.item;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
class MappingResourceTest {

    @Inject
    AudibleFixtures fx;

    @Test
    void mappingsArePagedAndCarryTheirHistory() {
        Connected u = fx.connectedUser();
        for (String title : List.of("Alpha", "Bravo", "Charlie")) {
            fx.book(u.userId(), title, "Author", null, "Book", null);
        }
        AdapterDouble.library(u.auth(), List.of(
                item("B00000MAP1", "Alpha", null, "Author", null, 10.0, false, null),
                item("B00000MAP2", "Bravo", null, "Author", null, 0.0, false, null),
                item("B00000MAP3", "Charlie", null, "Author", null, 0.0, false, null)));
        fx.sync(u);

        given().auth().oauth2(u.apiKey()).get("/api/audible/mappings?page=1&size=2").then().statusCode(200)
                .body("data.items", hasSize(2)).body("data.total", equalTo(3))
                .body("data.items[0].audible_title", equalTo("Alpha"));
        given().auth().oauth2(u.apiKey()).get("/api/audible/mappings?size=0").then().statusCode(400);
        int id = given().auth().oauth2(u.apiKey()).get("/api/audible/mappings").then().extract().path("data.items[0].id");
        given().auth().oauth2(u.apiKey()).get("/api/audible/mappings/" + id + "/history").then().statusCode(200)
                .body("data", hasSize(1)).body("data[0].percentage", equalTo(10.0f));
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("sync_enabled", false))
                .put("/api/audible/mappings/" + id).then().statusCode(200).body("data.sync_enabled", equalTo(false));
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of())
                .put("/api/audible/mappings/" + id).then().statusCode(400);
    }

    @Test
    void aManualLinkReplacesAnAutomaticMatchAndIsNeverOverwritten() {
        Connected u = fx.connectedUser();
        fx.book(u.userId(), "Dune", "Frank Herbert", null, "Book", null);
        long chosen = fx.book(u.userId(), "Dune (Deluxe Edition)", "Frank Herbert", null, "Audiobook", null);
        AdapterDouble.library(u.auth(), List.of(item("B00000LINK", "Dune", null, "Frank Herbert", null, 10.0, false, null)));
        fx.sync(u);

        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("asin", "B00000LINK", "book_id", chosen))
                .post("/api/audible/link").then().statusCode(200)
                .body("data.match_method", equalTo("manual")).body("data.manually_confirmed", equalTo(true));
        fx.allowNextSync(u.userId());
        fx.sync(u);

        assertEquals(chosen, fx.one("SELECT book_id FROM audible_book_mappings WHERE user_id = ? AND asin = 'B00000LINK'", u.userId()).get("book_id"));
        assertEquals("Reading", fx.one("SELECT status FROM books WHERE id = ?", chosen).get("status"));
    }

    @Test
    void linkRequestsAreValidated() {
        Connected u = fx.connectedUser();
        long book = fx.book(u.userId(), "Dune", "Frank Herbert", null, "Book", null);
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("asin", "nope", "book_id", book))
                .post("/api/audible/link").then().statusCode(400).body("details.asin", equalTo("must be 10 upper-case letters or digits"));
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("asin", "B00000NEVR"))
                .post("/api/audible/link").then().statusCode(400).body("details.book_id", equalTo("is required"));
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("asin", "B00000NEVR", "book_id", book))
                .post("/api/audible/link").then().statusCode(404);
    }
}

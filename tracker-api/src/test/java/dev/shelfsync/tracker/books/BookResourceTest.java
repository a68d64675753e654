package dev.shelfsync.tracker.books;

import dev.shelfsync.tracker.auth.UserProvisioning.NewUser;
import dev.shelfsync.tracker.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Map;

import static dev.shelfsync.tracker.testing.TestUsers.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class BookResourceTest {

    @Inject
    TestUsers users;

    NewUser reader;

    @BeforeEach
    void newReader() {
        reader = users.create();
    }

    long create(NewUser user, Map<String, Object> book) {
        return as(user).body(book).post("/api/books")
                .then().statusCode(201).extract().jsonPath().getLong("data.id");
    }

    @Test
    void createsReadsReplacesAndDeletesABook() {
        long id = as(reader).body(Map.of("title", "  Leviathan Wakes ", "author", "James S. A. Corey",
                        "isbn", "0-306-40615-2", "type", "Audiobook", "status", "Reading",
                        "current_page", 10, "total_pages", 500, "progress", 12.5, "started_date", "2024-01-02"))
                .post("/api/books")
                .then().statusCode(201)
                .header("Location", containsString("/api/books/"))
                .body("success", equalTo(true))
                .body("data.title", equalTo("Leviathan Wakes"))
                .body("data.isbn", equalTo("0306406152"))
                .body("data.type", equalTo("Audiobook"))
                .body("data.status", equalTo("Reading"))
                .body("data.current_page", equalTo(10))
                .body("data.started_date", equalTo("2024-01-02"))
                .body("data.created_at", notNullValue())
                .extract().jsonPath().getLong("data.id");

        as(reader).get("/api/books/" + id).then().statusCode(200)
                .body("data.progress", equalTo(12.5f))
                .body("data.author", equalTo("James S. A. Corey"));

        as(reader).body(Map.of("title", "Caliban's War", "status", "Completed", "completed_date", "2024-02-01"))
                .put("/api/books/" + id)
                .then().statusCode(200)
                .body("data.title", equalTo("Caliban's War"))
                .body("data.type", equalTo("Book"))
                .body("data.isbn", nullValue())
                .body("data.current_page", equalTo(0))
                .body("data.completed_date", equalTo("2024-02-01"));

        as(reader).delete("/api/books/" + id).then().statusCode(200).body("success", equalTo(true));
        as(reader).get("/api/books/" + id).then().statusCode(404).body("error", equalTo("not_found"));
        as(reader).delete("/api/books/" + id).then().statusCode(404);
    }

    @Test
    void listsPagesAndFilters() {
        create(reader, Map.of("title", "Dune", "author", "Frank Herbert", "status", "Completed"));
        create(reader, Map.of("title", "Children of Dune", "author", "Frank Herbert", "type", "Ebook"));
        create(reader, Map.of("title", "Hyperion", "author", "Dan Simmons", "status", "Reading"));
        create(reader, Map.of("title", "100% Real", "author", "Someone_Else"));

        as(reader).get("/api/books").then().statusCode(200)
                .body("data.total", equalTo(4)).body("data.page", equalTo(1)).body("data.size", equalTo(50))
                .body("data.items.title", contains("100% Real", "Children of Dune", "Dune", "Hyperion"));
        as(reader).queryParam("size", 2).queryParam("page", 2).get("/api/books").then().statusCode(200)
                .body("data.total", equalTo(4)).body("data.items.title", contains("Dune", "Hyperion"));
        as(reader).queryParam("q", "dUnE").get("/api/books").then()
                .body("data.items.title", contains("Children of Dune", "Dune"));
        as(reader).queryParam("q", "simmons").get("/api/books").then().body("data.items.title", contains("Hyperion"));
        as(reader).queryParam("q", "%").get("/api/books").then().body("data.items.title", contains("100% Real"));
        as(reader).queryParam("q", "_").get("/api/books").then().body("data.items.title", contains("100% Real"));
        as(reader).queryParam("status", "Reading").get("/api/books").then()
                .body("data.items.title", contains("Hyperion"));
        as(reader).queryParam("type", "Ebook").queryParam("q", "dune").get("/api/books").then()
                .body("data.items.title", contains("Children of Dune"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "page=0      | page",
            "size=0      | size",
            "size=201    | size",
            "status=Done | status",
            "type=Scroll | type"})
    void refusesBadListingParameters(String query, String field) {
        as(reader).get("/api/books?" + query.strip()).then().statusCode(400)
                .body("error", equalTo("validation_failed"))
                .body("details", hasKey(field.strip()));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"author\":\"No Title\"}                                       | title",
            "{\"title\":\"   \"}                                              | title",
            "{\"title\":\"T\",\"isbn\":\"0-306-40615-3\"}                     | isbn",
            "{\"title\":\"T\",\"isbn\":\"12345\"}                             | isbn",
            "{\"title\":\"T\",\"type\":\"Scroll\"}                            | type",
            "{\"title\":\"T\",\"status\":\"Done\"}                            | status",
            "{\"title\":\"T\",\"current_page\":-1}                            | current_page",
            "{\"title\":\"T\",\"current_page\":11,\"total_pages\":10}         | current_page",
            "{\"title\":\"T\",\"total_pages\":0}                              | total_pages",
            "{\"title\":\"T\",\"progress\":100.5}                             | progress",
            "{\"title\":\"T\",\"progress\":-1}                                | progress",
            "{\"title\":\"T\",\"current_page\":\"ten\"}                       | current_page",
            "{\"title\":\"T\",\"started_date\":\"yesterday\"}                 | started_date",
            "{\"title\":\"T\",\"started_date\":\"2024-02-02\",\"completed_date\":\"2024-02-01\"} | completed_date"})
    void refusesInvalidBooksNamingTheField(String body, String field) {
        as(reader).body(body.strip()).post("/api/books").then().statusCode(400)
                .body("success", equalTo(false))
                .body("error", equalTo("validation_failed"))
                .body("details", hasKey(field.strip()));
        as(reader).get("/api/books").then().body("data.total", equalTo(0));
    }

    @Test
    void refusesATitleLongerThan500Characters() {
        as(reader).body(Map.of("title", "x".repeat(501))).post("/api/books").then().statusCode(400)
                .body("details", hasKey("title"));
    }

    @Test
    void refusedReplacementLeavesTheBookUnchanged() {
        long id = create(reader, Map.of("title", "Dune", "total_pages", 400));
        as(reader).body(Map.of("title", "Dune Messiah", "current_page", 500, "total_pages", 400))
                .put("/api/books/" + id).then().statusCode(400).body("details", hasKey("current_page"));
        as(reader).get("/api/books/" + id).then().body("data.title", equalTo("Dune"));
    }

    @Test
    void refusesMalformedJsonAndMissingBody() {
        as(reader).body("{\"title\": ").post("/api/books").then().statusCode(400)
                .body("error", equalTo("validation_failed"));
        as(reader).post("/api/books").then().statusCode(400).body("error", equalTo("validation_failed"));
    }

    @Test
    void anotherUsersBookIsInvisible() {
        NewUser other = users.create();
        long id = create(reader, Map.of("title", "Private Diary"));

        as(other).get("/api/books/" + id).then().statusCode(404).body("error", equalTo("not_found"));
        as(other).body(Map.of("title", "Hijacked")).put("/api/books/" + id).then().statusCode(404);
        as(other).delete("/api/books/" + id).then().statusCode(404);
        as(other).get("/api/books").then().statusCode(200).body("data.total", equalTo(0));
        as(other).queryParam("q", "diary").get("/api/books").then().body("data.total", equalTo(0));

        as(reader).get("/api/books/" + id).then().statusCode(200).body("data.title", equalTo("Private Diary"));
    }
}

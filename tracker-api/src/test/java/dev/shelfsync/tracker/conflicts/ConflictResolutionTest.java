package dev.shelfsync.tracker.conflicts;

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
class ConflictResolutionTest {

    @Inject
    AudibleFixtures fx;

    private Connected userWithConflicts() {
        Connected u = fx.connectedUser();
        fx.book(u.userId(), "Artemis", "Andy Weir", null, "Book", null);
        AdapterDouble.library(u.auth(), List.of(
                item("B00000MART", "The Martian", null, "Andy Weir", null, 40.0, false, null),
                item("B00000EDUC", "Educated", "A Memoir", "Tara Westover", null, 0.0, false, null),
                item("B00000KING", "The Way of Kings", null, "Brandon Sanderson", null, 0.0, false, null)));
        fx.sync(u);
        return u;
    }

    private long conflictId(Connected u, String asin) {
        return (Long) fx.one("SELECT id FROM audible_conflicts WHERE user_id = ? AND asin = ? ORDER BY id DESC LIMIT 1",
                u.userId(), asin).get("id");
    }

    @Test
    void reSyncingKeepsOneOpenConflictPerTitle() {
        Connected u = userWithConflicts();
        fx.allowNextSync(u.userId());
        assertEquals(0, fx.sync(u).getInt("data.conflicts"));

        given().auth().oauth2(u.apiKey()).get("/api/audible/conflicts").then().statusCode(200)
                .body("data", hasSize(3)).body("data.conflict_type", equalTo(List.of("no_match", "no_match", "no_match")));
    }

    @Test
    void anOpenConflictIsMatchedAgainOnlyWhenABookArrives() {
        Connected u = userWithConflicts();
        long open = conflictId(u, "B00000EDUC");
        fx.allowNextSync(u.userId());
        assertEquals(0, fx.sync(u).getInt("data.matched"));

        long educated = fx.book(u.userId(), "Educated: A Memoir", "Tara Westover", null, "Book", 350);
        fx.allowNextSync(u.userId());
        assertEquals(1, fx.sync(u).getInt("data.matched"));

        Map<String, Object> conflict = fx.one("SELECT resolved, resolution, resolved_book_id FROM audible_conflicts WHERE id = ?", open);
        assertEquals(true, conflict.get("resolved"));
        assertEquals("linked", conflict.get("resolution"));
        assertEquals(educated, conflict.get("resolved_book_id"));
    }

    @Test
    void linkCreateAndIgnoreResolveConflictsAndSurviveReSyncs() {
        Connected u = userWithConflicts();
        long martian = fx.book(u.userId(), "Martian, The", "Andy Weir", null, "Book", 300);

        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("action", "link", "book_id", martian))
                .post("/api/audible/conflicts/" + conflictId(u, "B00000MART") + "/resolve").then().statusCode(200)
                .body("data.resolution", equalTo("linked")).body("data.resolved_book_id", equalTo((int) martian));
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("action", "create"))
                .post("/api/audible/conflicts/" + conflictId(u, "B00000EDUC") + "/resolve").then().statusCode(200)
                .body("data.resolution", equalTo("created"));
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("action", "ignore"))
                .post("/api/audible/conflicts/" + conflictId(u, "B00000KING") + "/resolve").then().statusCode(200)
                .body("data.resolution", equalTo("ignored"));

        assertEquals("Audiobook", fx.one("""
                SELECT b.type FROM books b JOIN audible_book_mappings m ON m.book_id = b.id
                WHERE m.user_id = ? AND m.asin = 'B00000EDUC'""", u.userId()).get("type"));

        fx.allowNextSync(u.userId());
        var report = fx.sync(u);
        assertEquals(0, report.getInt("data.conflicts"));
        assertEquals(0, report.getInt("data.matched"));
        Map<String, Object> link = fx.one("SELECT book_id, match_method, manually_confirmed FROM audible_book_mappings WHERE user_id = ? AND asin = 'B00000MART'", u.userId());
        assertEquals(martian, link.get("book_id"));
        assertEquals(true, link.get("manually_confirmed"));
        assertEquals("Reading", fx.one("SELECT status FROM books WHERE id = ?", martian).get("status"));
        assertEquals(0, fx.count("SELECT count(*) FROM audible_conflicts WHERE user_id = ? AND NOT resolved", u.userId()));
        given().auth().oauth2(u.apiKey()).get("/api/audible/conflicts?resolved=true").then().body("data", hasSize(3));
    }

    @Test
    void resolveRequestsAreValidated() {
        Connected u = userWithConflicts();
        long id = conflictId(u, "B00000MART");
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("action", "merge"))
                .post("/api/audible/conflicts/" + id + "/resolve").then().statusCode(400).body("details.action", equalTo("must be link, create or ignore"));
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("action", "link"))
                .post("/api/audible/conflicts/" + id + "/resolve").then().statusCode(400);
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("action", "link", "book_id", 999999999))
                .post("/api/audible/conflicts/" + id + "/resolve").then().statusCode(404);
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("action", "ignore"))
                .post("/api/audible/conflicts/" + id + "/resolve").then().statusCode(200);
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("action", "ignore"))
                .post("/api/audible/conflicts/" + id + "/resolve").then().statusCode(409);
    }

    @Test
    void anotherUsersConflictsMappingsAndHistoryAreNotFound() {
        Connected a = fx.connectedUser();
        long dune = fx.book(a.userId(), "Dune", "Frank Herbert", null, "Book", null);
        AdapterDouble.library(a.auth(), List.of(
                item("B00000ISO1", "Dune", null, "Frank Herbert", null, 10.0, false, null),
                item("B00000ISO2", "Nothing Here", null, "Nobody", null, 0.0, false, null)));
        fx.sync(a);
        long mapping = (Long) fx.one("SELECT id FROM audible_book_mappings WHERE user_id = ?", a.userId()).get("id");
        long conflict = conflictId(a, "B00000ISO2");
        var b = fx.plainUser();

        given().auth().oauth2(b.apiKey()).contentType(ContentType.JSON).body(Map.of("action", "ignore"))
                .post("/api/audible/conflicts/" + conflict + "/resolve").then().statusCode(404).body("error", equalTo("not_found"));
        given().auth().oauth2(b.apiKey()).get("/api/audible/mappings/" + mapping + "/history").then().statusCode(404);
        given().auth().oauth2(b.apiKey()).contentType(ContentType.JSON).body(Map.of("sync_enabled", false))
                .put("/api/audible/mappings/" + mapping).then().statusCode(404);
        given().auth().oauth2(b.apiKey()).get("/api/audible/conflicts").then().body("data", hasSize(0));
        given().auth().oauth2(b.apiKey()).get("/api/audible/mappings").then().body("data.total", equalTo(0));
        given().auth().oauth2(b.apiKey()).get("/api/audible/status").then().body("data.stats.total_syncs", equalTo(0));
        given().auth().oauth2(b.apiKey()).contentType(ContentType.JSON).body(Map.of("asin", "B00000ISO2", "book_id", dune))
                .post("/api/audible/link").then().statusCode(404);
    }
}

package dev.shelfsync.tracker.error;

import dev.shelfsync.tracker.auth.UserProvisioning.NewUser;
import dev.shelfsync.tracker.testing.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.shelfsync.tracker.testing.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class ErrorEnvelopeTest {

    @Inject
    TestUsers users;

    NewUser reader;

    @BeforeEach
    void newReader() {
        reader = users.create();
    }

    @Test
    void unknownRouteIs404Envelope() {
        as(reader).get("/api/no-such-thing").then().statusCode(404)
                .contentType(ContentType.JSON)
                .body("success", equalTo(false)).body("error", equalTo("not_found"));
    }

    @Test
    void unknownRouteOutsideTheApiIs404Envelope() {
        io.restassured.RestAssured.given().get("/no-such-page").then().statusCode(404)
                .contentType(ContentType.JSON).body("error", equalTo("not_found"));
    }

    @Test
    void badlyTypedParameterIs400() {
        as(reader).get("/api/books?page=abc").then().statusCode(400)
                .body("error", equalTo("validation_failed"));
        as(reader).get("/api/books/abc").then().statusCode(400)
                .body("error", equalTo("validation_failed"));
    }

    @Test
    void wrongMethodIs405Envelope() {
        as(reader).delete("/api/books").then().statusCode(405)
                .contentType(ContentType.JSON)
                .body("error", equalTo("method_not_allowed"));
    }

    @Test
    void wrongMediaTypeIs415Envelope() {
        as(reader).contentType(ContentType.TEXT).body("title=Dune").post("/api/books").then().statusCode(415)
                .contentType(ContentType.JSON)
                .body("error", equalTo("unsupported_media_type"));
    }

    @Test
    void unexpectedFailureIs500WithReferenceAndNoDetail() {
        as(reader).get("/api/test-only/boom").then().statusCode(500)
                .body("success", equalTo(false))
                .body("error", equalTo("internal_error"))
                .body("message", matchesPattern(".*reference [0-9a-f-]{36}.*"))
                .body(not(containsString("secret internal detail")))
                .body(not(containsString("IllegalStateException")));
    }

    @Test
    void authenticationWorksForRoutesAnsweredOnTheEventLoop() {
        as(reader).get("/api/test-only/non-blocking").then().statusCode(200).body(equalTo("ok"));
    }
}

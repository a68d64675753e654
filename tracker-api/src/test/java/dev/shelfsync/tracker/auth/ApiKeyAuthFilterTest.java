package dev.shelfsync.tracker.auth;

import dev.shelfsync.tracker.testing.TestUsers;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class ApiKeyAuthFilterTest {

    @Inject
    TestUsers users;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void missingKeyIs401Envelope() {
        given().get("/api/books").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer")
                .body("success", equalTo(false)).body("error", equalTo("unauthorized"));
    }

    @Test
    void unknownKeyIs401() {
        given().auth().oauth2("ss_not-a-real-key").get("/api/books").then().statusCode(401)
                .body("error", equalTo("unauthorized"));
    }

    @Test
    void otherSchemeIs401() {
        given().auth().preemptive().basic("user", "pass").get("/api/books").then().statusCode(401);
    }

    @Test
    void validKeyIsAcceptedAndItsUseRecorded() throws Exception {
        var user = users.create();
        TestUsers.as(user).get("/api/books").then().statusCode(200);
        assertTrue(lastUsedAtIsSet(ApiKeys.hash(user.apiKey())));
    }

    @Test
    void revokedKeyIs401() throws Exception {
        var user = users.create();
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("UPDATE api_keys SET revoked_at = now() WHERE key_hash = ?")) {
            s.setString(1, ApiKeys.hash(user.apiKey()));
            s.executeUpdate();
        }
        TestUsers.as(user).get("/api/books").then().statusCode(401).body("error", equalTo("unauthorized"));
    }

    @Test
    void routesOutsideTheApiNeedNoKey() {
        given().get("/q/health/live").then().statusCode(200);
    }

    private boolean lastUsedAtIsSet(String hash) throws Exception {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT last_used_at IS NOT NULL FROM api_keys WHERE key_hash = ?")) {
            s.setString(1, hash);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }
}

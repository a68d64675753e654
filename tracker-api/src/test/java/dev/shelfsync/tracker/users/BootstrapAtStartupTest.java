package dev.shelfsync.tracker.users;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** The configured first user exists once the application has started, with the configured key. */
@QuarkusTest
@TestProfile(BootstrapAtStartupTest.WithBootstrapUser.class)
class BootstrapAtStartupTest {

    static final String KEY = "startup-key-" + UUID.randomUUID();

    public static class WithBootstrapUser implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "shelfsync.bootstrap.email", "first-" + UUID.randomUUID() + "@example.test",
                    "shelfsync.bootstrap.api-key", KEY);
        }
    }

    @Test
    void configuredKeyWorksRightAfterStartup() {
        given().auth().oauth2(KEY).get("/api/books").then().statusCode(200);
    }
}

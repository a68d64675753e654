package dev.shelfsync.tracker.testing;

import dev.shelfsync.tracker.auth.UserProvisioning;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Fresh users with their own API keys, so tests never depend on what other tests left in the shared database. */
@ApplicationScoped
public class TestUsers {

    private final UserProvisioning provisioning;

    public TestUsers(UserProvisioning provisioning) {
        this.provisioning = provisioning;
    }

    public UserProvisioning.NewUser create() {
        return provisioning.createUser("reader-" + UUID.randomUUID() + "@example.test", "Test Reader");
    }

    /** A REST Assured request authenticated as the given user, sending JSON. */
    public static RequestSpecification as(UserProvisioning.NewUser user) {
        return given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON);
    }
}

package dev.shelfsync.adapter.security;

import dev.shelfsync.adapter.support.SandboxResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
@WithTestResource(SandboxResource.class)
class ApiSecretTest {

    @Test
    void missingSecretIsA401Envelope() {
        given().contentType(ContentType.JSON).body("{\"country_code\":\"us\"}")
                .when().post("/api/auth/login-url")
                .then().statusCode(401)
                .body("success", equalTo(false))
                .body("error", equalTo("unauthorized"))
                .body("message", equalTo("Missing X-API-Secret header."));
    }

    @Test
    void wrongSecretIsA401Envelope() {
        given().contentType(ContentType.JSON).header("X-API-Secret", "test-api-secret-0f6d")
                .body("{\"auth\":\"x\"}")
                .when().post("/api/library")
                .then().statusCode(401)
                .body("success", equalTo(false))
                .body("error", equalTo("unauthorized"));
    }

    @Test
    void healthNeedsNoSecret() {
        given().when().get("/health")
                .then().statusCode(200)
                .body("status", equalTo("ok"))
                .body("version", notNullValue())
                .body("uptime_seconds", notNullValue());
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"));
    }
}

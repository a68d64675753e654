package dev.shelfsync.adapter.support;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

/** REST Assured requests to the adapter with the test profile's API secret. */
public final class Api {

    public static final String SECRET = "test-api-secret-0f6c";

    private Api() {
    }

    public static RequestSpecification given() {
        return RestAssured.given().header("X-API-Secret", SECRET).contentType(ContentType.JSON);
    }

    public static ValidatableResponse post(String path, Object body) {
        return given().body(body).when().post(path).then();
    }

    public static Map<String, Object> auth(String blob) {
        return Map.of("auth", blob);
    }
}

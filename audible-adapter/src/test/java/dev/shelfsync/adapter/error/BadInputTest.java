package dev.shelfsync.adapter.error;

import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.SandboxResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Bad input always ends as a 400 envelope naming the field, never a 500. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class BadInputTest {

    @Test
    void unknownCountryCode() {
        Api.post("/api/auth/login-url", Map.of("country_code", "xx")).statusCode(400)
                .body("success", equalTo(false))
                .body("error", equalTo("validation_failed"))
                .body("details.country_code", containsString("unknown country code"));
    }

    @Test
    void missingCountryCode() {
        Api.post("/api/auth/login-url", Map.of()).statusCode(400)
                .body("details.country_code", containsString("required"));
    }

    @Test
    void undecryptableAuthBlob() {
        Api.post("/api/library", Map.of("auth", "gAAAAABnot-a-real-token")).statusCode(400)
                .body("error", equalTo("validation_failed"))
                .body("details.auth", containsString("cannot be decrypted"));
        Api.post("/api/progress/B002V0QK4C", Map.of("auth", "")).statusCode(400)
                .body("details.auth", containsString("required"));
        Api.post("/api/refresh-token", Map.of()).statusCode(400).body("details.auth", notNullValue());
        Api.post("/api/deregister", Map.of("auth", "%%%")).statusCode(400).body("details.auth", notNullValue());
    }

    @Test
    void malformedJson() {
        Api.given().body("{\"auth\": ").when().post("/api/library").then().statusCode(400)
                .body("success", equalTo(false))
                .body("error", equalTo("validation_failed"));
    }

    @Test
    void passwordLoginWithoutCredentials() {
        Api.post("/api/auth", Map.of("country_code", "us")).statusCode(400)
                .body("details.email", notNullValue())
                .body("details.password", notNullValue());
    }

    @Test
    void browserLoginWithABadStateOrRedirect() {
        Api.post("/api/auth", Map.of("country_code", "us", "redirect_url", "https://www.amazon.com/ap/maplanding?a=1"))
                .statusCode(400).body("details.login_state", containsString("required"));
        Api.post("/api/auth", Map.of("redirect_url", "https://x/ap/maplanding?a=1", "login_state", "garbage"))
                .statusCode(400).body("details.login_state", containsString("invalid or has expired"));

        String state = Api.post("/api/auth/login-url", Map.of("country_code", "de")).statusCode(200)
                .extract().path("data.login_state");
        Api.post("/api/auth", Map.of("redirect_url", "not a url at all", "login_state", state))
                .statusCode(400).body("details.redirect_url", notNullValue());
        Api.post("/api/auth", Map.of("redirect_url", "https://www.amazon.de/ap/maplanding?openid.mode=id_res",
                        "login_state", state))
                .statusCode(400).body("details.redirect_url", containsString("openid.oa2.authorization_code"));
    }

    @Test
    void badAsin() {
        Api.post("/api/progress/not-an-asin!", Map.of("auth", "x")).statusCode(400).body("details.asin", notNullValue());
    }

    @Test
    void unknownPathIsAnEnvelopeToo() {
        Api.given().when().get("/api/nothing-here").then().statusCode(404).body("success", equalTo(false));
    }
}

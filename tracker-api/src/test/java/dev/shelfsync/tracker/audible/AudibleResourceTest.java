package dev.shelfsync.tracker.audible;

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
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

@QuarkusTest
class AudibleResourceTest {

    @Inject
    AudibleFixtures fx;

    @Test
    void everyAudibleRouteNeedsAnApiKey() {
        given().get("/api/audible/config").then().statusCode(401).body("error", equalTo("unauthorized"));
        given().auth().oauth2("ss_wrong").post("/api/audible/sync").then().statusCode(401);
    }

    @Test
    void passwordLoginStoresTheAuthBlobAndNeverShowsIt() {
        var user = fx.plainUser();
        String email = "pw-" + user.userId() + "@test.local";
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "secret", "country_code", "uk"))
                .post("/api/audible/auth").then().statusCode(200)
                .body("data.connected", equalTo(true)).body("data.marketplace", equalTo("uk"))
                .body("data", not(hasKey("auth_encrypted"))).body("data", not(hasKey("password")));
        assertEquals(AdapterDouble.authFor(email), fx.one("SELECT auth_encrypted FROM audible_config WHERE user_id = ?",
                user.userId()).get("auth_encrypted"));
        assertEquals(AdapterDouble.SECRET, AdapterDouble.lastSecret());
        given().auth().oauth2(user.apiKey()).get("/api/audible/config").then().statusCode(200)
                .body("data.connected", equalTo(true)).body("data", not(hasKey("auth_encrypted")));
    }

    @Test
    void loginStepsTheUserMustTakeAreReported() {
        var user = fx.plainUser();
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("email", "otp-" + user.userId() + "@t.local", "password", "secret", "country_code", "us"))
                .post("/api/audible/auth").then().statusCode(401).body("error", equalTo("otp_required"));
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("email", "captcha-" + user.userId() + "@t.local", "password", "secret", "country_code", "us"))
                .post("/api/audible/auth").then().statusCode(428).body("error", equalTo("browser_login_required"))
                .body("data.login_url", notNullValue());
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("email", "x-" + user.userId() + "@t.local", "password", "wrong", "country_code", "us"))
                .post("/api/audible/auth").then().statusCode(401).body("error", equalTo("audible_login_failed"));
        assertNull(fx.one("SELECT auth_encrypted FROM audible_config WHERE user_id = ?", user.userId()));
    }

    @Test
    void browserLoginUsesTheLoginUrlState() {
        var user = fx.plainUser();
        String state = given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("country_code", "de")).post("/api/audible/login-url").then().statusCode(200)
                .body("data.login_url", containsString("amazon")).extract().path("data.login_state");
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("country_code", "de", "redirect_url", "https://www.amazon.de/ap/maplanding?code=abc",
                        "login_state", state))
                .post("/api/audible/auth").then().statusCode(200).body("data.customer_name", equalTo("Browser Listener"));
    }

    @Test
    void invalidConnectRequestsNameTheField() {
        var user = fx.plainUser();
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("email", "a@b.c", "password", "x", "country_code", "xx"))
                .post("/api/audible/auth").then().statusCode(400).body("error", equalTo("validation_failed"))
                .body("details.country_code", notNullValue());
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("country_code", "us", "email", "a@b.c"))
                .post("/api/audible/auth").then().statusCode(400).body("details.password", notNullValue());
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("country_code", "us", "redirect_url", "https://x"))
                .post("/api/audible/auth").then().statusCode(400).body("details.login_state", notNullValue());
        given().auth().oauth2(user.apiKey()).contentType(ContentType.JSON).body(Map.of("country_code", "zz"))
                .post("/api/audible/login-url").then().statusCode(400);
    }

    @Test
    void configUpdatesAreValidated() {
        Connected u = fx.connectedUser();
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("sync_interval_minutes", 5))
                .put("/api/audible/config").then().statusCode(400).body("details.sync_interval_minutes", containsString("15"));
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON).body(Map.of("marketplace", "mars"))
                .put("/api/audible/config").then().statusCode(400).body("details.marketplace", notNullValue());
        given().auth().oauth2(u.apiKey()).contentType(ContentType.JSON)
                .body(Map.of("sync_interval_minutes", 30, "auto_sync_progress", false, "enabled", true, "marketplace", "ca"))
                .put("/api/audible/config").then().statusCode(200)
                .body("data.sync_interval_minutes", equalTo(30)).body("data.auto_sync_progress", equalTo(false))
                .body("data.marketplace", equalTo("ca")).body("data.connected", equalTo(true));
    }

    @Test
    void statusReportsSyncsReadingAndRateLimit() {
        Connected u = fx.connectedUser();
        fx.book(u.userId(), "Dune", "Frank Herbert", null, "Book", null);
        AdapterDouble.library(u.auth(), List.of(
                item("B00000STAT", "Dune", null, "Frank Herbert", null, 20.0, false, null),
                item("B00000STA2", "Unknown Title", null, "Nobody", null, 0.0, false, null)));
        fx.sync(u);

        given().auth().oauth2(u.apiKey()).get("/api/audible/status").then().statusCode(200)
                .body("data.connected", equalTo(true))
                .body("data.last_sync.status", equalTo("success"))
                .body("data.stats.total_syncs", equalTo(1))
                .body("data.success_rate_last_day", equalTo(100.0f))
                .body("data.currently_reading[0].title", equalTo("Dune"))
                .body("data.unmapped_count", equalTo(1))
                .body("data.can_sync.can_sync", equalTo(false))
                .body("data.can_sync.next_allowed_at", notNullValue());
    }

    @Test
    void disconnectReleasesTheDeviceAndForgetsTheTokens() {
        Connected u = fx.connectedUser();
        given().auth().oauth2(u.apiKey()).post("/api/audible/disconnect").then().statusCode(200)
                .body("success", equalTo(true));
        assertEquals(1, AdapterDouble.calls("/api/deregister", u.auth()));
        assertNull(fx.one("SELECT auth_encrypted FROM audible_config WHERE user_id = ?", u.userId()).get("auth_encrypted"));
        given().auth().oauth2(u.apiKey()).post("/api/audible/disconnect").then().statusCode(200)
                .body("message", containsString("not connected"));
    }

    @Test
    void disconnectForgetsTheTokensWhenTheDeviceIsAlreadyGone() {
        Connected u = fx.connectedUser();
        AdapterDouble.deregisterFails(u.auth(), 401);
        given().auth().oauth2(u.apiKey()).post("/api/audible/disconnect").then().statusCode(200);
        assertNull(fx.one("SELECT auth_encrypted FROM audible_config WHERE user_id = ?", u.userId()).get("auth_encrypted"));
    }

    @Test
    void disconnectKeepsTheTokensWhenAudibleIsDown() {
        Connected u = fx.connectedUser();
        AdapterDouble.deregisterFails(u.auth(), 503);
        given().auth().oauth2(u.apiKey()).post("/api/audible/disconnect").then().statusCode(503)
                .body("data", nullValue());
        assertEquals(u.auth(), fx.one("SELECT auth_encrypted FROM audible_config WHERE user_id = ?", u.userId()).get("auth_encrypted"));
    }
}

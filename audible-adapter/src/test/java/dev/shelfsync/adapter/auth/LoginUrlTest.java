package dev.shelfsync.adapter.auth;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shelfsync.adapter.crypto.BlobCipher;
import dev.shelfsync.adapter.crypto.Fernet;
import dev.shelfsync.adapter.crypto.FernetKey;
import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.SandboxResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@WithTestResource(SandboxResource.class)
class LoginUrlTest {

    @Inject
    BlobCipher cipher;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "audible.encryption-keys")
    List<String> keys;

    @Test
    void signInUrlCarriesPkceAndTheDeviceClientId() {
        Map<String, Object> data = Api.post("/api/auth/login-url", Map.of("country_code", "de")).statusCode(200)
                .extract().path("data");
        URI url = URI.create((String) data.get("login_url"));
        Map<String, String> params = query(url);
        LoginState state = cipher.decrypt((String) data.get("login_state"), LoginState.class);

        assertTrue(url.getPath().endsWith("/ap/signin"));
        assertEquals("de", state.marketplace());
        assertEquals(new Pkce(state.codeVerifier()).challenge(), params.get("openid.oa2.code_challenge"));
        assertEquals("S256", params.get("openid.oa2.code_challenge_method"));
        assertEquals("device:" + new DeviceIdentity(state.serial()).clientId(), params.get("openid.oa2.client_id"));
        assertEquals("AN7V1F1VY261K", params.get("marketPlaceId"));
        assertEquals("amzn_audible_ios_de", params.get("openid.assoc_handle"));
        assertTrue(params.get("openid.return_to").endsWith("/ap/maplanding"));
        assertEquals("device_auth_access", params.get("openid.oa2.scope"));
        assertEquals("checkid_setup", params.get("openid.mode"));
    }

    @ParameterizedTest
    @EnumSource(Marketplace.class)
    void everyMarketplaceGetsItsOwnSignInParameters(Marketplace marketplace) {
        String loginUrl = Api.post("/api/auth/login-url", Map.of("country_code", marketplace.countryCode()))
                .statusCode(200).extract().path("data.login_url");
        Map<String, String> params = query(URI.create(loginUrl));
        assertEquals(marketplace.marketplaceId(), params.get("marketPlaceId"));
        assertEquals("amzn_audible_ios_" + marketplace.countryCode(), params.get("openid.assoc_handle"));
        // the configured base URL (the sandbox) replaces www.amazon.{domain} for every marketplace
        assertTrue(loginUrl.startsWith(SandboxResource.sandbox().baseUrl() + "/ap/signin?"));
        assertEquals(SandboxResource.sandbox().baseUrl() + "/ap/maplanding", params.get("openid.return_to"));
    }

    @Test
    void loginStatesOlderThanAnHourAreRefused() throws Exception {
        LoginState state = new LoginState("ABC", "verifier", "us", Instant.now().minusSeconds(7200));
        String old = Fernet.encrypt(FernetKey.parse(keys.get(0)), json.writeValueAsBytes(state), new byte[16],
                Instant.now().minusSeconds(7200));
        Api.post("/api/auth", Map.of("redirect_url",
                        "https://www.amazon.com/ap/maplanding?openid.oa2.authorization_code=abc", "login_state", old))
                .statusCode(400)
                .body("details.login_state", containsString("expired"));
    }

    private static Map<String, String> query(URI url) {
        return Arrays.stream(url.getRawQuery().split("&"))
                .map(pair -> pair.split("=", 2))
                .collect(Collectors.toMap(p -> decode(p[0]), p -> decode(p[1])));
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ApiAuthenticationTest {

    private static final String LIBRARY = "/1.0/library?num_results=5&response_groups=product_attrs,contributors";

    private AudibleSandbox sandbox;
    private SandboxTestClient client;

    private SandboxTestClient.Device register(SandboxSettings settings) throws Exception {
        sandbox = AudibleSandbox.start(settings);
        client = new SandboxTestClient(sandbox);
        return client.signInAndRegister(settings);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void signedRequestWithTheRegisteredKeyPasses() throws Exception {
        SandboxTestClient.Device device = register(SandboxSettings.defaults());
        HttpResponse<String> response = client.signedGet(device, LIBRARY);
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(5, SandboxTestClient.JSON.readTree(response.body()).path("items").size());
    }

    @Test
    void tamperedOrStaleOrForeignSignaturesGet403() throws Exception {
        SandboxTestClient.Device device = register(SandboxSettings.defaults());
        String date = Instant.now().toString();

        String[] signedForOtherQuery = SandboxTestClient.signatureHeaders(device, "GET", LIBRARY, "", date);
        HttpResponse<String> tampered = client.get(client.baseUrl + LIBRARY.replace("num_results=5", "num_results=6"), signedForOtherQuery);
        assertEquals(403, tampered.statusCode());
        assertEquals("Request could not be authenticated", SandboxTestClient.JSON.readTree(tampered.body()).path("message").asText());

        String[] signedAsPost = SandboxTestClient.signatureHeaders(device, "POST", LIBRARY, "", date);
        assertEquals(403, client.get(client.baseUrl + LIBRARY, signedAsPost).statusCode());

        String stale = Instant.now().minus(Duration.ofMinutes(11)).toString();
        assertEquals(403, client.get(client.baseUrl + LIBRARY, SandboxTestClient.signatureHeaders(device, "GET", LIBRARY, "", stale)).statusCode());

        SandboxTestClient.Device foreign = new SandboxTestClient.Device(null, null, "{enc:x}{key:y}{iv:z}{name:n}{serial:Mg==}", device.privateKey(), null);
        assertEquals(403, client.get(client.baseUrl + LIBRARY, SandboxTestClient.signatureHeaders(foreign, "GET", LIBRARY, "", date)).statusCode());

        assertEquals(403, client.get(client.baseUrl + LIBRARY).statusCode(), "no credentials at all");
    }

    @Test
    void pythonStyleSignatureDateIsAccepted() throws Exception {
        SandboxTestClient.Device device = register(SandboxSettings.defaults());
        String pythonDate = Instant.now().toString().replace("Z", "+00:00Z");
        assertEquals(200, client.get(client.baseUrl + LIBRARY, SandboxTestClient.signatureHeaders(device, "GET", LIBRARY, "", pythonDate)).statusCode());
    }

    @Test
    void expiredAccessTokenGets401AndRefreshGivesANewWorkingToken() throws Exception {
        SandboxTestClient.Device device = register(SandboxSettings.defaults());
        assertEquals(200, client.tokenGet(device.accessToken(), LIBRARY).statusCode());

        sandbox.expireAccessTokens();
        assertEquals(401, client.tokenGet(device.accessToken(), LIBRARY).statusCode());
        assertEquals(200, client.signedGet(device, LIBRARY).statusCode(), "signing does not depend on the access token");

        HttpResponse<String> refreshed = client.refresh(device.refreshToken());
        assertEquals(200, refreshed.statusCode());
        JsonNode body = SandboxTestClient.JSON.readTree(refreshed.body());
        String newToken = body.path("access_token").asText();
        assertTrue(newToken.startsWith("Atna|"));
        assertNotEquals(device.accessToken(), newToken);
        assertEquals("bearer", body.path("token_type").asText());
        assertEquals(3600, body.path("expires_in").asInt());
        assertEquals(200, client.tokenGet(newToken, LIBRARY).statusCode());

        String another = SandboxTestClient.JSON.readTree(client.refresh(device.refreshToken()).body()).path("access_token").asText();
        assertNotEquals(newToken, another, "every refresh issues a new token");
    }

    @Test
    void accessTokensExpireAfterTheConfiguredTtl() throws Exception {
        SandboxTestClient.Device device = register(SandboxSettings.defaults().withAccessTokenTtl(Duration.ofMillis(300)));
        assertEquals(200, client.tokenGet(device.accessToken(), LIBRARY).statusCode());
        Thread.sleep(400);
        assertEquals(401, client.tokenGet(device.accessToken(), LIBRARY).statusCode());
    }

    @Test
    void unknownTokensAreRefused() throws Exception {
        SandboxTestClient.Device device = register(SandboxSettings.defaults());
        assertEquals(401, client.tokenGet("Atna|made-up", LIBRARY).statusCode());
        HttpResponse<String> refresh = client.refresh("Atnr|made-up");
        assertEquals(400, refresh.statusCode());
        assertEquals("invalid_grant", SandboxTestClient.JSON.readTree(refresh.body()).path("error").asText());
        assertEquals(200, client.tokenGet(device.accessToken(), LIBRARY).statusCode());
    }

    @Test
    void deregisterRevokesEveryTokenOfTheDevice() throws Exception {
        SandboxTestClient.Device device = register(SandboxSettings.defaults());
        assertEquals(1, sandbox.registeredDeviceCount());

        HttpResponse<String> noToken = client.postJson("/auth/deregister", "{\"deregister_all_existing_accounts\": true}");
        assertEquals(401, noToken.statusCode());

        HttpResponse<String> response = client.postJson("/auth/deregister", "{\"deregister_all_existing_accounts\": true}",
                "x-amz-access-token", device.accessToken());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(SandboxTestClient.JSON.readTree(response.body()).path("response").has("success"));

        assertEquals(0, sandbox.registeredDeviceCount());
        assertEquals(400, client.refresh(device.refreshToken()).statusCode());
        assertEquals(403, client.signedGet(device, LIBRARY).statusCode());
        assertEquals(401, client.tokenGet(device.accessToken(), LIBRARY).statusCode());
    }

    @Test
    void deregisterAcceptsAnAuthorizationBearerHeaderAndRemovesOnlyThisDevice() throws Exception {
        SandboxTestClient.Device first = register(SandboxSettings.defaults());
        SandboxTestClient.Device second = new SandboxTestClient(sandbox).signInAndRegister(sandbox.settings());
        assertEquals(2, sandbox.registeredDeviceCount());

        HttpResponse<String> response = client.postJson("/auth/deregister", "{\"deregister_all_existing_accounts\": false}",
                "Authorization", "Bearer " + first.accessToken());
        assertEquals(200, response.statusCode());
        assertEquals(1, sandbox.registeredDeviceCount());
        assertEquals(403, client.signedGet(first, LIBRARY).statusCode());
        assertEquals(200, client.signedGet(second, LIBRARY).statusCode());
    }

    @Test
    void revokeDevicesStopsEverything() throws Exception {
        SandboxTestClient.Device device = register(SandboxSettings.defaults());
        sandbox.revokeDevices();
        assertEquals(0, sandbox.registeredDeviceCount());
        assertEquals(403, client.signedGet(device, LIBRARY).statusCode());
        assertEquals(400, client.refresh(device.refreshToken()).statusCode());
    }
}

package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.security.interfaces.RSAPrivateKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RegistrationTest {

    private AudibleSandbox sandbox;
    private SandboxTestClient client;

    @BeforeEach
    void start() {
        sandbox = AudibleSandbox.start(SandboxSettings.defaults().withCustomerName("Ada Lovelace"));
        client = new SandboxTestClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void registrationReturnsTokensAPkcs1KeyAndTheDeviceAndCustomer() throws Exception {
        String code = client.signInForCode(SandboxSettings.DEFAULT_EMAIL, SandboxSettings.DEFAULT_PASSWORD);
        HttpResponse<String> response = client.register(code, client.codeVerifier);

        assertEquals(200, response.statusCode(), response.body());
        JsonNode success = SandboxTestClient.JSON.readTree(response.body()).path("response").path("success");
        JsonNode bearer = success.path("tokens").path("bearer");
        assertTrue(bearer.path("access_token").asText().startsWith("Atna|"));
        assertTrue(bearer.path("refresh_token").asText().startsWith("Atnr|"));
        assertTrue(bearer.path("expires_in").isTextual(), "expires_in is a string, as Audible sends it");
        assertEquals("3600", bearer.path("expires_in").asText());
        JsonNode macDms = success.path("tokens").path("mac_dms");
        assertTrue(macDms.path("adp_token").asText().matches("\\{enc:.+}\\{key:.+}\\{iv:.+}\\{name:.+}\\{serial:Mg==}"));
        String pem = macDms.path("device_private_key").asText();
        assertTrue(pem.startsWith("-----BEGIN RSA PRIVATE KEY-----\n"), pem);
        assertTrue(pem.endsWith("-----END RSA PRIVATE KEY-----\n"));
        RSAPrivateKey key = (RSAPrivateKey) SandboxTestClient.pkcs1PrivateKey(pem);
        assertEquals(2048, key.getModulus().bitLength());
        assertTrue(success.path("tokens").path("website_cookies").isArray());
        assertTrue(success.path("tokens").path("store_authentication_cookie").has("cookie"));

        JsonNode device = success.path("extensions").path("device_info");
        assertEquals(client.serial, device.path("device_serial_number").asText());
        assertEquals("A2CZJZGLK2JJVM", device.path("device_type").asText());
        assertEquals("Ada's Audible for iPhone", device.path("device_name").asText());
        JsonNode customer = success.path("extensions").path("customer_info");
        assertTrue(customer.path("user_id").asText().startsWith("amzn1.account."));
        assertEquals("Ada Lovelace", customer.path("name").asText());
        assertEquals("Ada", customer.path("given_name").asText());
        assertEquals(1, sandbox.registeredDeviceCount());
    }

    @Test
    void codeIsSingleUse() throws Exception {
        String code = client.signInForCode(SandboxSettings.DEFAULT_EMAIL, SandboxSettings.DEFAULT_PASSWORD);
        assertEquals(200, client.register(code, client.codeVerifier).statusCode());

        HttpResponse<String> again = client.register(code, client.codeVerifier);
        assertEquals(401, again.statusCode());
        assertEquals("Unauthorized", SandboxTestClient.JSON.readTree(again.body()).path("response").path("error").path("code").asText());
        assertEquals(1, sandbox.registeredDeviceCount());
    }

    @Test
    void wrongVerifierIsRejected() throws Exception {
        String code = client.signInForCode(SandboxSettings.DEFAULT_EMAIL, SandboxSettings.DEFAULT_PASSWORD);
        HttpResponse<String> response = client.register(code, client.codeVerifier + "x");
        assertNotEquals(200, response.statusCode());
        assertTrue(response.statusCode() == 400 || response.statusCode() == 401);
        assertTrue(SandboxTestClient.JSON.readTree(response.body()).path("response").path("error").has("message"));
        assertEquals(0, sandbox.registeredDeviceCount());
    }

    @Test
    void unknownCodeAndBrokenBodiesAreRejected() throws Exception {
        assertEquals(401, client.register("ANnot-a-code", client.codeVerifier).statusCode());
        assertEquals(400, client.postJson("/auth/register", "{not json").statusCode());
        assertEquals(400, client.postJson("/auth/register", "{}").statusCode());
    }
}

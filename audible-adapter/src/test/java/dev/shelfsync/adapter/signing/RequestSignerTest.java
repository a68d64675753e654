package dev.shelfsync.adapter.signing;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfsync.adapter.support.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.security.PrivateKey;
import java.util.Base64;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Byte-exact against the audible-rs golden signing vectors. */
class RequestSignerTest {

    private static final JsonNode VECTORS = Fixtures.json("audible/audible-rs_signing.json");

    @TestFactory
    Stream<DynamicTest> matchesEveryGoldenVector() {
        PrivateKey key = DevicePrivateKeys.load(VECTORS.path("device_private_key").asText());
        return StreamSupport.stream(VECTORS.path("cases").spliterator(), false)
                .map(c -> DynamicTest.dynamicTest(c.path("name").asText(), () -> {
                    RequestSigner.SignedHeaders headers = RequestSigner.sign(c.path("method").asText(),
                            c.path("path").asText(), c.path("body").asText(), VECTORS.path("adp_token").asText(), key,
                            VECTORS.path("timestamp").asText());
                    JsonNode expected = c.path("expected_headers");
                    assertEquals(expected.path("x-adp-token").asText(), headers.adpToken());
                    assertEquals(expected.path("x-adp-alg").asText(), headers.algorithm());
                    assertEquals(expected.path("x-adp-signature").asText(), headers.signature());
                }));
    }

    @Test
    void loadsTheKeyAsBareBase64DerToo() {
        String pem = VECTORS.path("device_private_key").asText();
        String der = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        JsonNode first = VECTORS.path("cases").get(0);

        RequestSigner.SignedHeaders signed = RequestSigner.sign(first.path("method").asText(),
                first.path("path").asText(), "", VECTORS.path("adp_token").asText(), DevicePrivateKeys.load(der),
                VECTORS.path("timestamp").asText());

        assertEquals(first.path("expected_headers").path("x-adp-signature").asText(), signed.signature());
    }

    @Test
    void loadsPkcs8Pem() {
        PrivateKey key = DevicePrivateKeys.load(VECTORS.path("device_private_key").asText());
        String pkcs8 = "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(key.getEncoded()) + "\n-----END PRIVATE KEY-----\n";
        assertEquals(key, DevicePrivateKeys.load(pkcs8));
    }

    @Test
    void rejectsGarbage() {
        assertThrows(IllegalArgumentException.class, () -> DevicePrivateKeys.load("not a key"));
        assertThrows(IllegalArgumentException.class, () -> DevicePrivateKeys.load(null));
    }
}

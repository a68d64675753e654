package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.Headers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The verifier against the golden signing vectors in the shared fixtures (audible-rs tests/fixtures/signing.json). */
class SigningVectorsTest {

    @Test
    void everyGoldenVectorVerifiesAndAFlippedBodyDoesNot() throws Exception {
        Path fixture = Path.of(System.getProperty("shelfsync.shared.dir", "../../shared"), "fixtures/audible/audible-rs_signing.json");
        assumeTrue(Files.exists(fixture), "shared fixtures not present");
        JsonNode vectors = SandboxTestClient.JSON.readTree(fixture.toFile());
        RSAPrivateCrtKey privateKey = (RSAPrivateCrtKey) SandboxTestClient.pkcs1PrivateKey(vectors.path("device_private_key").asText());
        KeyPair keys = new KeyPair(KeyFactory.getInstance("RSA").generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent())), privateKey);

        JsonNode cases = vectors.path("cases");
        String firstDate = cases.get(0).path("expected_headers").path("x-adp-signature").asText().split(":", 2)[1];
        Instant signedAt = Timestamps.parseIso(firstDate).orElseThrow();
        Clock clock = Clock.fixed(signedAt.plusSeconds(5), ZoneOffset.UTC);
        DeviceRegistry registry = new DeviceRegistry(clock, Duration.ofHours(1));
        registry.register("SERIAL", "A2CZJZGLK2JJVM", "test", keys, vectors.path("adp_token").asText());
        RequestSignatureVerifier verifier = new RequestSignatureVerifier(registry, clock);

        assertTrue(cases.size() >= 5);
        for (JsonNode vector : cases) {
            Headers headers = new Headers();
            vector.path("expected_headers").fields().forEachRemaining(h -> headers.add(h.getKey(), h.getValue().asText()));
            String method = vector.path("method").asText();
            String path = vector.path("path").asText();
            String body = vector.path("body").asText("");
            Optional<String> verdict = verifier.rejectionReason(SandboxRequest.of(method, path, headers, body));
            assertEquals(Optional.empty(), verdict, vector.path("name").asText());
            Optional<String> tampered = verifier.rejectionReason(SandboxRequest.of(method, path, headers, body + " "));
            assertTrue(tampered.isPresent(), vector.path("name").asText() + " with a changed body");
        }
    }
}

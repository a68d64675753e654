package dev.shelfsync.adapter.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shelfsync.adapter.crypto.BlobCipher;
import dev.shelfsync.adapter.support.Api;
import dev.shelfsync.adapter.support.SandboxResource;
import dev.shelfsync.sandbox.SandboxSettings;
import dev.shelfsync.sandbox.Totp;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;
import org.jboss.logmanager.Level;
import org.jboss.logmanager.Logger;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Captures every log record outside the sandbox (DEBUG and up for the adapter) during login, library and refresh, and looks for secrets in it. */
@QuarkusTest
@WithTestResource(SandboxResource.class)
class LogScanTest {

    @Inject
    BlobCipher cipher;
    @Inject
    ObjectMapper json;
    @ConfigProperty(name = "audible.encryption-keys")
    List<String> keys;

    @Test
    void noSecretReachesTheLog() {
        List<String> lines = new CopyOnWriteArrayList<>();
        ExtHandler capture = new ExtHandler() {
            @Override
            protected void doPublish(ExtLogRecord record) {
                if (record.getLoggerName() != null && record.getLoggerName().startsWith("dev.shelfsync.sandbox")) {
                    return; // the stand-in's own log is not the adapter's
                }
                lines.add(record.getFormattedMessage() + " " + (record.getThrown() == null ? "" : record.getThrown()));
            }
        };
        capture.setLevel(Level.DEBUG);
        Logger root = Logger.getLogger("");
        Logger adapter = Logger.getLogger("dev.shelfsync");
        java.util.logging.Level previous = adapter.getLevel();
        adapter.setLevel(Level.DEBUG);
        root.addHandler(capture);
        String otp = Totp.code(SandboxResource.OTP_SECRET, Instant.now());
        List<String> secrets = new ArrayList<>(List.of(Api.SECRET, SandboxSettings.DEFAULT_PASSWORD, otp));
        secrets.addAll(keys);
        try {
            Api.post("/api/auth", Map.of("country_code", "us", "email", SandboxSettings.DEFAULT_EMAIL,
                    "password", SandboxSettings.DEFAULT_PASSWORD)).statusCode(401);
            String auth = Api.post("/api/auth", Map.of("country_code", "us", "email", SandboxSettings.DEFAULT_EMAIL,
                            "password", SandboxSettings.DEFAULT_PASSWORD, "otp_code", otp))
                    .statusCode(200).extract().path("data.auth");
            Api.post("/api/library", Api.auth(auth)).statusCode(200);
            SandboxResource.sandbox().expireAccessTokens();
            String refreshed = Api.post("/api/library", Api.auth(auth)).statusCode(200).extract().path("data.auth");
            Api.post("/api/refresh-token", Api.auth(refreshed)).statusCode(200);
            Api.post("/api/library", Map.of("auth", auth + "tampered")).statusCode(400);

            secrets.add(auth);
            secrets.add(refreshed);
            secrets.addAll(secretValues(cipher.decrypt(auth, JsonNode.class)));
            secrets.addAll(secretValues(cipher.decrypt(refreshed, JsonNode.class)));
        } finally {
            root.removeHandler(capture);
            adapter.setLevel(previous);
        }

        assertTrue(lines.stream().anyMatch(l -> l.contains("Refreshed an access token")),
                "the capture did not see the adapter's log");
        for (String secret : secrets) {
            for (String line : lines) {
                assertFalse(line.contains(secret), "a secret value appears in the log: " + line.substring(0, Math.min(80, line.length())));
            }
        }
    }

    private static List<String> secretValues(JsonNode record) {
        List<String> values = new ArrayList<>();
        for (String field : new String[]{"adp_token", "access_token", "refresh_token"}) {
            values.add(record.path(field).asText());
        }
        String key = record.path("device_private_key").asText();
        values.add(key.lines().filter(l -> !l.startsWith("-----")).findFirst().orElseThrow());
        record.path("website_cookies").forEach(cookie -> {
            if (cookie.asText().length() >= 8) {
                values.add(cookie.asText());
            }
        });
        assertTrue(values.stream().allMatch(v -> v.length() >= 8));
        return values;
    }
}

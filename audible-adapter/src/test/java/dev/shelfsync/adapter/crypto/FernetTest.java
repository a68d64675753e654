package dev.shelfsync.adapter.crypto;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfsync.adapter.support.Fixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The fernet/spec vectors, key rotation and round trips with Python's {@code cryptography}. */
class FernetTest {

    @TestFactory
    Stream<DynamicTest> generatesTheSpecTokens() {
        return cases("fernet/generate.json").map(c -> DynamicTest.dynamicTest(c.path("src").asText(), () -> {
            byte[] iv = new byte[16];
            for (int i = 0; i < 16; i++) {
                iv[i] = (byte) c.path("iv").get(i).asInt();
            }
            String token = Fernet.encrypt(FernetKey.parse(c.path("secret").asText()),
                    c.path("src").asText().getBytes(StandardCharsets.UTF_8), iv, time(c));
            assertEquals(c.path("token").asText(), token);
        }));
    }

    @TestFactory
    Stream<DynamicTest> verifiesTheSpecTokens() {
        return cases("fernet/verify.json").map(c -> DynamicTest.dynamicTest(c.path("src").asText(), () -> {
            byte[] plain = Fernet.decrypt(List.of(FernetKey.parse(c.path("secret").asText())), c.path("token").asText(),
                    Duration.ofSeconds(c.path("ttl_sec").asLong()), time(c));
            assertEquals(c.path("src").asText(), new String(plain, StandardCharsets.UTF_8));
        }));
    }

    @TestFactory
    Stream<DynamicTest> rejectsEveryInvalidToken() {
        return cases("fernet/invalid.json").map(c -> DynamicTest.dynamicTest(c.path("desc").asText(), () ->
                assertThrows(InvalidFernetTokenException.class, () -> Fernet.decrypt(
                        List.of(FernetKey.parse(c.path("secret").asText())), c.path("token").asText(),
                        Duration.ofSeconds(c.path("ttl_sec").asLong()), time(c)))));
    }

    @Test
    void anyConfiguredKeyDecryptsAndOnlyTheFirstEncrypts() {
        FernetKey current = FernetKey.parse("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=");
        FernetKey retired = FernetKey.parse("6hsvmh0vUr9Zc6XOYd9F7dYTNlAr2xWRmtOTKo3DC5E=");
        String oldToken = Fernet.encrypt(retired, "old".getBytes(StandardCharsets.UTF_8));

        assertArrayEquals("old".getBytes(StandardCharsets.UTF_8),
                Fernet.decrypt(List.of(current, retired), oldToken, null, Instant.now()));
        assertThrows(InvalidFernetTokenException.class,
                () -> Fernet.decrypt(List.of(current), oldToken, null, Instant.now()));
    }

    @Test
    void storedTokensHaveNoAgeLimit() {
        FernetKey key = FernetKey.parse("cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=");
        String token = Fernet.encrypt(key, new byte[]{1}, new byte[16], Instant.parse("2020-01-01T00:00:00Z"));
        assertArrayEquals(new byte[]{1}, Fernet.decrypt(List.of(key), token, null, Instant.now()));
    }

    @Test
    void rejectsMalformedKeys() {
        assertThrows(IllegalArgumentException.class, () -> FernetKey.parse("too-short"));
        assertThrows(IllegalArgumentException.class, () -> FernetKey.parse("%%%%"));
    }

    @Test
    void pythonTokensDecryptHereAndOursDecryptInPython() throws Exception {
        assumeTrue(python("import cryptography").exit == 0,
                "python3 with the 'cryptography' package is not available; interop case skipped");
        String key = "cw_0x689RpI-jtRR7oE8h_eQsKImvJapLeSbXpwF4e4=";
        String text = "{\"adp_token\": \"Hörbuch – ✓\"}";

        Result fromPython = python("from cryptography.fernet import Fernet; import sys; "
                + "print(Fernet(sys.argv[1].encode()).encrypt(sys.argv[2].encode()).decode())", key, text);
        assertEquals(0, fromPython.exit, fromPython.output);
        byte[] decrypted = Fernet.decrypt(List.of(FernetKey.parse(key)), fromPython.output.trim(), null, Instant.now());
        assertEquals(text, new String(decrypted, StandardCharsets.UTF_8));

        String ours = Fernet.encrypt(FernetKey.parse(key), text.getBytes(StandardCharsets.UTF_8));
        Result toPython = python("from cryptography.fernet import Fernet; import sys; "
                + "sys.stdout.buffer.write(Fernet(sys.argv[1].encode()).decrypt(sys.argv[2].encode()))", key, ours);
        assertEquals(0, toPython.exit, toPython.output);
        assertEquals(text, toPython.output);
    }

    private record Result(int exit, String output) {
    }

    private static Result python(String script, String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("python3", "-c", script));
        command.addAll(List.of(args));
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException noPython) {
            return new Result(-1, noPython.getMessage());
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out");
        }
        return new Result(process.exitValue(), output);
    }

    private static Stream<JsonNode> cases(String fixture) {
        return StreamSupport.stream(Fixtures.json(fixture).spliterator(), false);
    }

    private static Instant time(JsonNode c) {
        return OffsetDateTime.parse(c.path("now").asText()).toInstant();
    }
}

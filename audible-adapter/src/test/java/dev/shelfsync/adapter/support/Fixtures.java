package dev.shelfsync.adapter.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads the shared fixtures from {@code shelfsync.shared.dir} (set by the parent pom's surefire config). */
public final class Fixtures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private Fixtures() {
    }

    public static JsonNode json(String relative) {
        try {
            return JSON.readTree(path(relative).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path path(String relative) {
        String shared = System.getProperty("shelfsync.shared.dir", "../../shared");
        Path path = Path.of(shared, "fixtures", relative);
        if (!Files.exists(path)) {
            throw new IllegalStateException("fixture not found: " + path + " (set -Dshelfsync.shared.dir)");
        }
        return path;
    }
}

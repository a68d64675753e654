package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the initial library comes from: an items file, a generated library, or the built-in demo titles. */
final class LibrarySources {

    static final String DEMO_RESOURCE = "/demo-library.json";

    private LibrarySources() {
    }

    static List<ObjectNode> initial(SandboxSettings settings) {
        if (settings.libraryFile() != null) {
            return fromFile(Path.of(settings.libraryFile()));
        }
        if (settings.librarySize() != null) {
            return LibraryGenerator.generate(settings.librarySize(), settings.librarySeed());
        }
        return demo();
    }

    static List<ObjectNode> demo() {
        try (InputStream in = LibrarySources.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing classpath resource " + DEMO_RESOURCE);
            }
            return fromJson(JsonResponses.MAPPER.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> fromFile(Path file) {
        try {
            return fromJson(JsonResponses.MAPPER.readTree(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read library file " + file, e);
        }
    }

    /** A JSON array of {@code /1.0/library} items, each an object with an {@code asin}. */
    static List<ObjectNode> fromJson(JsonNode array) {
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("a library must be a JSON array of items");
        }
        List<ObjectNode> items = new ArrayList<>(array.size());
        for (JsonNode item : array) {
            if (!item.isObject()) {
                throw new IllegalArgumentException("every library item must be a JSON object: " + item);
            }
            items.add((ObjectNode) item);
        }
        return checked(items);
    }

    static List<ObjectNode> checked(List<ObjectNode> items) {
        for (ObjectNode item : items) {
            if (item == null || !item.path("asin").isTextual() || item.path("asin").asText().isBlank()) {
                throw new IllegalArgumentException("every library item needs an \"asin\": " + item);
            }
        }
        return items;
    }
}

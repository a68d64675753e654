package dev.shelfsync.adapter.library;

import com.fasterxml.jackson.databind.JsonNode;
import dev.shelfsync.adapter.audible.AudibleTimestamps;
import dev.shelfsync.contracts.adapter.LibraryItem;
import dev.shelfsync.contracts.adapter.SeriesRef;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Normalises an Audible library item. Read leniently: almost every field may be absent or null, progress may sit at
 * the top level or inside {@code listening_status}, numbers may arrive as strings.
 */
public final class LibraryItemMapper {

    private static final String PREFERRED_COVER_SIZE = "500";

    private LibraryItemMapper() {
    }

    public static LibraryItem toItem(JsonNode item) {
        JsonNode listening = item.path("listening_status");
        return new LibraryItem(
                text(item, "asin"),
                text(item, "title"),
                text(item, "subtitle"),
                names(item.path("authors")),
                names(item.path("narrators")),
                series(item.path("series")),
                text(item, "isbn"),
                integer(item.path("runtime_length_min")),
                number(item.path("percent_complete"), listening.path("percent_complete")),
                bool(item.path("is_finished"), listening.path("is_finished")),
                AudibleTimestamps.parse(text(listening, "finished_at_timestamp")),
                AudibleTimestamps.parse(text(item, "purchase_date")),
                text(item, "language"),
                cover(item.path("product_images")));
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() && !value.asText().isBlank() ? value.asText() : null;
    }

    private static List<String> names(JsonNode people) {
        List<String> names = new ArrayList<>();
        people.forEach(person -> {
            String name = text(person, "name");
            if (name != null) {
                names.add(name);
            }
        });
        return names;
    }

    private static List<SeriesRef> series(JsonNode series) {
        List<SeriesRef> refs = new ArrayList<>();
        series.forEach(s -> {
            if (text(s, "title") != null) {
                refs.add(new SeriesRef(text(s, "title"), text(s, "sequence")));
            }
        });
        return refs;
    }

    private static Integer integer(JsonNode value) {
        Double number = number(value);
        return number == null ? null : (int) Math.round(number);
    }

    static Double number(JsonNode... candidates) {
        for (JsonNode value : candidates) {
            if (value.isNumber()) {
                return value.asDouble();
            }
            if (value.isTextual()) {
                try {
                    return Double.parseDouble(value.asText().trim());
                } catch (NumberFormatException ignored) {
                    // try the next candidate
                }
            }
        }
        return null;
    }

    static Boolean bool(JsonNode... candidates) {
        for (JsonNode value : candidates) {
            if (value.isBoolean()) {
                return value.asBoolean();
            }
            if (value.isTextual() && value.asText().matches("(?i)true|false")) {
                return Boolean.parseBoolean(value.asText());
            }
        }
        return null;
    }

    private static String cover(JsonNode images) {
        if (!images.isObject() || images.isEmpty()) {
            return null;
        }
        String preferred = text(images, PREFERRED_COVER_SIZE);
        if (preferred != null) {
            return preferred;
        }
        Iterator<Map.Entry<String, JsonNode>> fields = images.fields();
        return fields.hasNext() ? fields.next().getValue().asText(null) : null;
    }
}

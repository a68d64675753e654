package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Read access to the fields of a {@code /1.0/library} item that the sandbox itself needs. */
final class LibraryItems {

    private LibraryItems() {
    }

    static String asin(ObjectNode item) {
        return item.path("asin").asText();
    }

    static String title(ObjectNode item) {
        return item.path("title").asText("");
    }

    static String firstName(ObjectNode item, String contributorField) {
        JsonNode list = item.path(contributorField);
        return list.isArray() && list.size() > 0 ? list.get(0).path("name").asText("") : "";
    }

    static int runtimeMinutes(ObjectNode item) {
        return item.path("runtime_length_min").asInt(0);
    }

    static Instant purchaseDate(ObjectNode item) {
        return instant(item.path("purchase_date")).orElse(Instant.EPOCH);
    }

    static boolean isFinished(ObjectNode item) {
        return item.path("is_finished").asBoolean(false) || item.path("listening_status").path("is_finished").asBoolean(false);
    }

    /** 0–100, or 0 when the item was never played. */
    static double percentComplete(ObjectNode item) {
        JsonNode percent = item.path("percent_complete");
        if (percent.isNumber()) {
            return percent.asDouble();
        }
        return item.path("listening_status").path("percent_complete").asDouble(0);
    }

    /** When the title was finished; the purchase date stands in when an item file gives no timestamp. */
    static Instant finishedAt(ObjectNode item) {
        return instant(item.path("listening_status").path("finished_at_timestamp")).orElse(purchaseDate(item));
    }

    private static Optional<Instant> instant(JsonNode value) {
        if (!value.isTextual()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(value.asText()));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}

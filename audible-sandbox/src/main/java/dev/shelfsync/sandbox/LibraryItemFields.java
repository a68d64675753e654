package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Assembles one item in Audible's {@code /1.0/library} format (keys in Audible's alphabetical order). */
final class LibraryItemFields {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern NON_ALPHANUMERIC = Pattern.compile("[^A-Za-z0-9]+");

    private final Map<String, JsonNode> fields = new TreeMap<>();
    private final ArrayNode authors = NODES.arrayNode();
    private final ArrayNode narrators = NODES.arrayNode();

    LibraryItemFields(String asin) {
        fields.put("asin", NODES.textNode(asin));
        fields.put("authors", authors);
        fields.put("narrators", narrators);
        fields.put("series", NODES.nullNode());
        fields.put("is_ayce", NODES.booleanNode(false));
        fields.put("is_removable_by_parent", NODES.booleanNode(true));
        fields.put("status", NODES.textNode("Active"));
        fields.put("content_type", NODES.textNode("Product"));
        fields.put("is_adult_product", NODES.booleanNode(false));
        fields.put("has_children", NODES.booleanNode(false));
    }

    static ArrayNode defaultCodecs() {
        ArrayNode codecs = NODES.arrayNode();
        String[][] values = {
                {"LC_128_44100_stereo", "Enhanced", "true", "aax_44_128"},
                {"format4", "Format4", "false", "format4"},
                {"LC_64_44100_stereo", "Enhanced", "true", "aax_44_64"},
                {"aax", "Enhanced", "false", "aax"}};
        for (String[] codec : values) {
            codecs.addObject().put("enhanced_codec", codec[0]).put("format", codec[1])
                    .put("is_kindle_enhanced", Boolean.parseBoolean(codec[2])).put("name", codec[3]);
        }
        return codecs;
    }

    LibraryItemFields title(String title, String subtitle) {
        fields.put("title", NODES.textNode(title));
        fields.put("subtitle", subtitle == null ? NODES.nullNode() : NODES.textNode(subtitle));
        return this;
    }

    LibraryItemFields author(String name, String asin) {
        authors.addObject().put("asin", asin).put("name", name);
        return this;
    }

    LibraryItemFields narrator(String name) {
        narrators.addObject().put("name", name);
        return this;
    }

    LibraryItemFields series(String asin, String title, String sequence) {
        ArrayNode series = NODES.arrayNode();
        series.addObject().put("asin", asin).put("sequence", sequence).put("title", title)
                .put("url", "/pd/" + NON_ALPHANUMERIC.matcher(title).replaceAll("-") + "-Audiobook/" + asin);
        fields.put("series", series);
        return this;
    }

    LibraryItemFields product(int runtimeMinutes, LocalDate released, String publisher, String formatType,
                              String deliveryType, String language) {
        fields.put("runtime_length_min", NODES.numberNode(runtimeMinutes));
        fields.put("release_date", NODES.textNode(released.toString()));
        fields.put("issue_date", NODES.textNode(released.toString()));
        fields.put("publisher_name", NODES.textNode(publisher));
        fields.put("format_type", NODES.textNode(formatType));
        fields.put("content_delivery_type", NODES.textNode(deliveryType));
        fields.put("language", NODES.textNode(language));
        return this;
    }

    LibraryItemFields purchased(Instant when) {
        String timestamp = Timestamps.isoMillis(when);
        fields.put("purchase_date", NODES.textNode(timestamp));
        ObjectNode status = NODES.objectNode();
        status.put("date_added", timestamp).put("is_pending", false).putNull("is_removed").put("is_visible", true);
        fields.put("library_status", status);
        return this;
    }

    LibraryItemFields sku(String sku) {
        fields.put("sku", NODES.textNode(sku));
        fields.put("sku_lite", NODES.textNode(sku));
        return this;
    }

    LibraryItemFields image(String imageId) {
        ObjectNode images = NODES.objectNode();
        images.put("500", "https://m.media-amazon.com/images/I/" + imageId + "._SL500_.jpg");
        fields.put("product_images", images);
        return this;
    }

    LibraryItemFields codecs(ArrayNode codecs) {
        fields.put("available_codecs", codecs);
        return this;
    }

    LibraryItemFields summary(String html) {
        fields.put("merchandising_summary", NODES.textNode(html));
        return this;
    }

    LibraryItemFields isbn(String isbn) {
        fields.put("isbn", NODES.textNode(isbn));
        return this;
    }

    /** Never played: {@code percent_complete} is 0 or, as Audible sometimes answers, null. */
    LibraryItemFields unstarted(int runtimeMinutes, boolean percentNull) {
        fields.put("is_finished", NODES.booleanNode(false));
        fields.put("percent_complete", percentNull ? NODES.nullNode() : NODES.numberNode(0.0));
        fields.put("listening_status", listeningStatus(false, percentNull ? null : 0.0, runtimeMinutes * 60L, null));
        return this;
    }

    LibraryItemFields inProgress(int runtimeMinutes, double percent) {
        fields.put("is_finished", NODES.booleanNode(false));
        fields.put("percent_complete", NODES.numberNode(percent));
        fields.put("listening_status", listeningStatus(false, percent,
                Math.round(runtimeMinutes * 60L * (100 - percent) / 100.0), null));
        return this;
    }

    LibraryItemFields finished(double percent, Instant finishedAt) {
        fields.put("is_finished", NODES.booleanNode(true));
        fields.put("percent_complete", NODES.numberNode(percent));
        fields.put("listening_status", listeningStatus(true, percent, 0L, finishedAt));
        return this;
    }

    ObjectNode build() {
        ObjectNode item = NODES.objectNode();
        fields.forEach(item::set);
        return item;
    }

    private static ObjectNode listeningStatus(boolean finished, Double percent, long remainingSeconds, Instant finishedAt) {
        ObjectNode status = NODES.objectNode();
        if (finishedAt == null) {
            status.putNull("finished_at_timestamp");
        } else {
            status.put("finished_at_timestamp", Timestamps.isoMillis(finishedAt));
        }
        status.put("is_finished", finished);
        if (percent == null) {
            status.putNull("percent_complete");
        } else {
            status.put("percent_complete", percent);
        }
        status.put("time_remaining_seconds", remainingSeconds);
        return status;
    }
}

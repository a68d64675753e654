package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code response_groups} of {@code /1.0/library}: which groups exist and which item fields each one returns.
 * Fields not listed here (e.g. {@code asin}, {@code purchase_date}, {@code library_status}) are always returned.
 */
final class ResponseGroups {

    static final Set<String> LIBRARY_GROUPS = Set.of(
            "contributors", "customer_rights", "media", "price", "product_attrs", "product_desc", "product_details",
            "product_extended_attrs", "product_plan_details", "product_plans", "rating", "sample", "sku", "series",
            "reviews", "ws4v", "origin", "relationships", "review_attrs", "categories", "badge_types",
            "category_ladders", "claim_code_url", "in_wishlist", "is_archived", "is_downloaded", "is_finished",
            "is_playable", "is_removable", "is_returnable", "is_visible", "listening_status", "order_details",
            "origin_asin", "pdf_url", "percent_complete", "periodicals", "provided_review");

    private static final Map<String, Set<String>> GROUPS_OF_FIELD = Map.ofEntries(
            Map.entry("title", Set.of("product_attrs", "product_desc")),
            Map.entry("subtitle", Set.of("product_attrs", "product_desc")),
            Map.entry("runtime_length_min", Set.of("product_attrs")),
            Map.entry("release_date", Set.of("product_attrs", "product_details")),
            Map.entry("issue_date", Set.of("product_attrs")),
            Map.entry("language", Set.of("product_attrs")),
            Map.entry("format_type", Set.of("product_attrs")),
            Map.entry("content_type", Set.of("product_attrs")),
            Map.entry("content_delivery_type", Set.of("product_attrs")),
            Map.entry("publisher_name", Set.of("product_attrs", "product_details")),
            Map.entry("is_adult_product", Set.of("product_attrs")),
            Map.entry("has_children", Set.of("product_attrs", "relationships")),
            Map.entry("isbn", Set.of("product_attrs", "product_details")),
            Map.entry("merchandising_summary", Set.of("product_desc")),
            Map.entry("publisher_summary", Set.of("product_desc")),
            Map.entry("extended_product_description", Set.of("product_extended_attrs")),
            Map.entry("authors", Set.of("contributors")),
            Map.entry("narrators", Set.of("contributors")),
            Map.entry("product_images", Set.of("media")),
            Map.entry("available_codecs", Set.of("media")),
            Map.entry("sample_url", Set.of("sample")),
            Map.entry("series", Set.of("series")),
            Map.entry("sku", Set.of("sku")),
            Map.entry("customer_rights", Set.of("customer_rights")),
            Map.entry("rating", Set.of("rating")),
            Map.entry("category_ladders", Set.of("category_ladders", "categories")),
            Map.entry("relationships", Set.of("relationships")),
            Map.entry("origin_asin", Set.of("origin", "origin_asin")),
            Map.entry("origin_type", Set.of("origin")),
            Map.entry("origin_marketplace", Set.of("origin")),
            Map.entry("pdf_url", Set.of("pdf_url")),
            Map.entry("is_archived", Set.of("is_archived")),
            Map.entry("is_downloaded", Set.of("is_downloaded")),
            Map.entry("is_playable", Set.of("is_playable")),
            Map.entry("is_returnable", Set.of("is_returnable")),
            Map.entry("is_finished", Set.of("is_finished")),
            Map.entry("percent_complete", Set.of("percent_complete")),
            Map.entry("listening_status", Set.of("listening_status")));

    private ResponseGroups() {
    }

    /**
     * Parses a comma-separated list (spaces after commas tolerated); one unknown group fails the whole request,
     * without saying which, as Audible does.
     */
    static List<String> parse(String raw) {
        Set<String> groups = new LinkedHashSet<>();
        if (raw != null) {
            for (String part : raw.split(",")) {
                String group = part.trim();
                if (group.isEmpty()) {
                    continue;
                }
                if (!LIBRARY_GROUPS.contains(group)) {
                    throw new BadRequestException("The request has an invalid parameter : response_groups");
                }
                groups.add(group);
            }
        }
        return List.copyOf(groups);
    }

    /** A stable key for caching answers per group set. */
    static String cacheKey(List<String> groups) {
        return String.join(",", new TreeSet<>(groups));
    }

    /** A shallow copy of {@code item} with only the fields the requested groups return. */
    static ObjectNode project(ObjectNode item, Set<String> requested) {
        ObjectNode projected = JsonResponses.MAPPER.createObjectNode();
        item.fields().forEachRemaining(field -> {
            Set<String> groups = GROUPS_OF_FIELD.get(field.getKey());
            if (groups == null || groups.stream().anyMatch(requested::contains)) {
                projected.set(field.getKey(), field.getValue());
            }
        });
        return projected;
    }
}

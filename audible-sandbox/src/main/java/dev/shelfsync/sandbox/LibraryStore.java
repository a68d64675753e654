package dev.shelfsync.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The library being served. Replacing it swaps an immutable snapshot; each snapshot caches its items already
 * projected and serialized per (sort order, response-group set), so large pages are a byte copy.
 */
final class LibraryStore {

    /** One cached ordering/projection: the items in order and each item's JSON. */
    record View(List<ObjectNode> items, List<byte[]> json) {
    }

    static final class Snapshot {
        private final List<ObjectNode> items;
        private final Map<String, ObjectNode> byAsin;
        private final long stateToken;
        private final Map<String, View> views = new ConcurrentHashMap<>();

        private Snapshot(List<ObjectNode> items) {
            this.items = List.copyOf(items);
            Map<String, ObjectNode> index = new LinkedHashMap<>();
            for (ObjectNode item : this.items) {
                index.putIfAbsent(LibraryItems.asin(item), item);
            }
            this.byAsin = index;
            this.stateToken = System.currentTimeMillis();
        }

        List<ObjectNode> items() {
            return items;
        }

        Optional<ObjectNode> item(String asin) {
            return Optional.ofNullable(byAsin.get(asin));
        }

        long stateToken() {
            return stateToken;
        }

        View view(String sortBy, List<String> groups) {
            Comparator<ObjectNode> order = LibrarySort.parse(sortBy);
            String key = (sortBy == null ? "" : sortBy.trim()) + "|" + ResponseGroups.cacheKey(groups);
            return views.computeIfAbsent(key, k -> buildView(order, groups));
        }

        private View buildView(Comparator<ObjectNode> order, List<String> groups) {
            List<ObjectNode> ordered = new ArrayList<>(items);
            if (order != null) {
                ordered.sort(order);
            }
            HashSet<String> requested = new HashSet<>(groups);
            List<byte[]> json = new ArrayList<>(ordered.size());
            try {
                for (ObjectNode item : ordered) {
                    json.add(JsonResponses.MAPPER.writeValueAsBytes(ResponseGroups.project(item, requested)));
                }
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            return new View(List.copyOf(ordered), json);
        }
    }

    private volatile Snapshot current = new Snapshot(List.of());

    void replace(List<ObjectNode> items) {
        current = new Snapshot(items);
    }

    Snapshot current() {
        return current;
    }
}

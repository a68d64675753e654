package dev.shelfsync.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The library being served. Replacing it swaps an immutable snapshot; each snapshot keeps one view per
 * (sort order, response-group set) that serializes each item once, so repeated paging is a byte copy.
 */
final class LibraryStore {

    /** One ordering/projection: the items in order, each serialized on first use and then kept. */
    static final class View {
        private final List<ObjectNode> items;
        private final Set<String> groups;
        private final AtomicReferenceArray<byte[]> json;

        private View(List<ObjectNode> items, Set<String> groups) {
            this.items = items;
            this.groups = groups;
            this.json = new AtomicReferenceArray<>(items.size());
        }

        List<ObjectNode> items() {
            return items;
        }

        byte[] json(int index) {
            byte[] cached = json.get(index);
            if (cached == null) {
                try {
                    cached = JsonResponses.MAPPER.writeValueAsBytes(ResponseGroups.project(items.get(index), groups));
                } catch (JsonProcessingException e) {
                    throw new UncheckedIOException(e);
                }
                json.set(index, cached);
            }
            return cached;
        }
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
            List<ObjectNode> ordered = items;
            if (order != null) {
                ordered = new ArrayList<>(items);
                ordered.sort(order);
            }
            return new View(List.copyOf(ordered), Set.copyOf(groups));
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

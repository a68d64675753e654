package dev.shelfsync.sandbox;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Requests received per path (including the ones answered with an injected failure). */
final class RequestCounters {

    private final Map<String, AtomicInteger> byPath = new ConcurrentHashMap<>();

    void record(String path) {
        byPath.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
    }

    int countWithPrefix(String prefix) {
        return byPath.entrySet().stream()
                .filter(e -> e.getKey().startsWith(prefix))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    Map<String, Integer> snapshot() {
        Map<String, Integer> sorted = new TreeMap<>();
        byPath.forEach((path, count) -> sorted.put(path, count.get()));
        return sorted;
    }

    void reset() {
        byPath.clear();
    }
}

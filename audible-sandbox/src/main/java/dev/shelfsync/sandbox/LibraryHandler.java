package dev.shelfsync.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** {@code GET /1.0/library} (paged) and {@code GET /1.0/library/{asin}}. */
final class LibraryHandler {

    static final int MAX_NUM_RESULTS = 1000;
    static final int DEFAULT_NUM_RESULTS = 50;

    private static final Pattern DIGITS = Pattern.compile("^\\d+$");
    private static final byte[] ITEMS_START = "{\"items\":[".getBytes(StandardCharsets.UTF_8);

    private final LibraryStore library;

    LibraryHandler(LibraryStore library) {
        this.library = library;
    }

    void register(RequestDispatcher dispatcher, ApiAuthenticator authenticator) {
        dispatcher.on("GET", "/1.0/library", authenticator.protect(this::page))
                .onPrefix("GET", "/1.0/library/", authenticator.protect(this::single));
    }

    private SandboxResponse page(SandboxRequest request) {
        int numResults = boundedInt(request.queryParam("num_results"), "numResults", DEFAULT_NUM_RESULTS, 1, MAX_NUM_RESULTS);
        int page = boundedInt(request.queryParam("page"), "page", 1, 1, Integer.MAX_VALUE);
        List<String> groups = ResponseGroups.parse(request.queryParam("response_groups"));
        Instant purchasedAfter = purchasedAfter(request.queryParam("purchased_after"));
        LibraryStore.Snapshot snapshot = library.current();
        LibraryStore.View view = snapshot.view(request.queryParam("sort_by"), groups);

        List<Integer> matching = null;
        if (purchasedAfter != null) {
            matching = new ArrayList<>();
            for (int i = 0; i < view.items().size(); i++) {
                if (LibraryItems.purchaseDate(view.items().get(i)).isAfter(purchasedAfter)) {
                    matching.add(i);
                }
            }
        }
        int total = matching == null ? view.items().size() : matching.size();
        long from = (long) (page - 1) * numResults;
        int start = (int) Math.min(from, total);
        int end = (int) Math.min(from + numResults, total);

        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(256, (end - start) * 1600));
        out.writeBytes(ITEMS_START);
        for (int i = start; i < end; i++) {
            if (i > start) {
                out.write(',');
            }
            out.writeBytes(view.json(matching == null ? i : matching.get(i)));
        }
        out.writeBytes(("],\"response_groups\":" + echoedGroups(groups) + "}").getBytes(StandardCharsets.UTF_8));
        return SandboxResponse.json(200, out.toByteArray())
                .withHeader("total-count", String.valueOf(total))
                .withHeader("State-Token", String.valueOf(snapshot.stateToken()));
    }

    private SandboxResponse single(SandboxRequest request) {
        String asin = request.path().substring("/1.0/library/".length());
        List<String> groups = ResponseGroups.parse(request.queryParam("response_groups"));
        Optional<ObjectNode> item = library.current().item(asin);
        if (item.isEmpty()) {
            return JsonResponses.message(404, "Requested product " + asin + " was not found in the customer library");
        }
        ObjectNode body = JsonResponses.object();
        body.set("item", ResponseGroups.project(item.get(), new HashSet<>(groups)));
        body.set("response_groups", JsonResponses.MAPPER.valueToTree(groups.isEmpty() ? List.of("always-returned") : groups));
        return JsonResponses.ok(body);
    }

    private static String echoedGroups(List<String> groups) {
        try {
            return JsonResponses.MAPPER.writeValueAsString(groups.isEmpty() ? List.of("always-returned") : groups);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validation messages in the shape of Audible's ("1 validation error detected: …"). */
    static int boundedInt(String raw, String memberName, int defaultValue, int min, int max) {
        if (raw == null || raw.isEmpty()) {
            return defaultValue;
        }
        if (!DIGITS.matcher(raw).matches()) {
            throw new BadRequestException("1 validation error detected: Value '" + raw + "' at '" + memberName
                    + "' failed to satisfy constraint: Member must satisfy regular expression pattern: ^\\d+$");
        }
        long value;
        try {
            value = Long.parseLong(raw);
        } catch (NumberFormatException tooLong) {
            value = Long.MAX_VALUE;
        }
        if (value > max) {
            throw new BadRequestException("1 validation error detected: Value '" + raw + "' at '" + memberName
                    + "' failed to satisfy constraint: Member must have value less than or equal to " + max);
        }
        if (value < min) {
            throw new BadRequestException("1 validation error detected: Value '" + raw + "' at '" + memberName
                    + "' failed to satisfy constraint: Member must have value greater than or equal to " + min);
        }
        return (int) value;
    }

    private static Instant purchasedAfter(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return Timestamps.parseIso(raw)
                .orElseThrow(() -> new BadRequestException("The request has an invalid parameter : purchased_after"));
    }
}

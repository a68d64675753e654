package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Listening progress outside the library: {@code GET /1.0/annotations/lastpositions} and
 * {@code GET /1.0/stats/status/finished}, both derived from the library items' progress.
 */
final class ProgressHandler {

    private final LibraryStore library;
    private final Clock clock;

    ProgressHandler(LibraryStore library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    void register(RequestDispatcher dispatcher, ApiAuthenticator authenticator) {
        dispatcher.on("GET", "/1.0/annotations/lastpositions", authenticator.protect(this::lastPositions))
                .on("GET", "/1.0/stats/status/finished", authenticator.protect(this::finished));
    }

    private SandboxResponse lastPositions(SandboxRequest request) {
        String asins = request.queryParam("asins");
        if (asins == null || asins.isBlank()) {
            throw new BadRequestException("1 validation error detected: Value null at 'asins' failed to satisfy constraint: Member must not be null");
        }
        LibraryStore.Snapshot snapshot = library.current();
        ObjectNode body = JsonResponses.object();
        ArrayNode annotations = body.putArray("asin_last_position_heard_annots");
        for (String raw : asins.split(",")) {
            String asin = raw.trim();
            if (asin.isEmpty()) {
                continue;
            }
            ObjectNode entry = annotations.addObject().put("asin", asin);
            ObjectNode position = entry.putObject("last_position_heard");
            Optional<ObjectNode> item = snapshot.item(asin);
            if (item.isPresent() && (LibraryItems.isFinished(item.get()) || LibraryItems.percentComplete(item.get()) > 0)) {
                position.put("last_updated", Timestamps.annotation(lastListened(item.get())))
                        .put("position_ms", positionMs(item.get()))
                        .put("status", "Exists");
            } else {
                position.put("status", "DoesNotExist");
            }
        }
        String groups = request.queryParam("response_groups");
        body.putArray("response_groups").add(groups == null || groups.isBlank() ? "always-returned" : groups.trim());
        return JsonResponses.ok(body);
    }

    private SandboxResponse finished(SandboxRequest request) {
        String startDateText = request.queryParam("start_date");
        Instant startDate = startDateText == null || startDateText.isBlank() ? Instant.EPOCH
                : Timestamps.parseIso(startDateText)
                        .orElseThrow(() -> new BadRequestException("The request has an invalid parameter : start_date"));
        String onlyAsin = request.queryParam("asin");
        ObjectNode body = JsonResponses.object();
        ArrayNode list = body.putArray("mark_as_finished_status_list");
        for (ObjectNode item : library.current().items()) {
            if (!LibraryItems.isFinished(item) || (onlyAsin != null && !onlyAsin.equals(LibraryItems.asin(item)))) {
                continue;
            }
            Instant finishedAt = LibraryItems.finishedAt(item);
            if (!finishedAt.isBefore(startDate)) {
                list.addObject()
                        .put("asin", LibraryItems.asin(item))
                        .put("is_marked_as_finished", true)
                        .put("event_timestamp", Timestamps.isoMillis(finishedAt));
            }
        }
        return JsonResponses.ok(body);
    }

    private static long positionMs(ObjectNode item) {
        long runtimeMs = LibraryItems.runtimeMinutes(item) * 60_000L;
        if (LibraryItems.isFinished(item)) {
            return Math.max(0, runtimeMs - Math.floorMod(LibraryItems.asin(item).hashCode(), 30_000));
        }
        return Math.round(runtimeMs * LibraryItems.percentComplete(item) / 100.0);
    }

    /** A stable, plausible moment of last listening: the finish time, or some days after purchase. */
    private Instant lastListened(ObjectNode item) {
        if (LibraryItems.isFinished(item)) {
            return LibraryItems.finishedAt(item);
        }
        int hash = LibraryItems.asin(item).hashCode();
        Instant guess = LibraryItems.purchaseDate(item)
                .plus(Duration.ofDays(1 + Math.floorMod(hash, 120)))
                .plusMillis(Math.floorMod(hash * 31L, 86_400_000L));
        Instant latest = clock.instant().minus(Duration.ofHours(1));
        return guess.isAfter(latest) ? latest : guess;
    }
}

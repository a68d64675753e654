package dev.shelfsync.adapter.progress;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.shelfsync.adapter.audible.AudibleRequest;
import dev.shelfsync.adapter.audible.AudibleTimestamps;
import dev.shelfsync.adapter.audible.AudibleTransientException;
import dev.shelfsync.adapter.audible.AuthSession;
import dev.shelfsync.adapter.audible.AuthorizedCalls;
import dev.shelfsync.adapter.auth.AuthSessions;
import dev.shelfsync.adapter.error.InvalidRequestException;
import dev.shelfsync.adapter.library.LibraryItemMapper;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.LibraryItem;
import dev.shelfsync.contracts.adapter.ProgressResult;
import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Progress of one title: the last heard position ({@code annotations/lastpositions}), the library's percent and
 * finished flag, and the finish time Audible recorded ({@code stats/status/finished}, else the listening status).
 */
@ApplicationScoped
public class ProgressService {

    private static final String ASIN_PATTERN = "[A-Za-z0-9]{10}";
    private static final String FINISHED_SINCE = "2001-01-01T00:00:00Z";

    private final AuthSessions sessions;
    private final AuthorizedCalls calls;
    private final ObjectMapper json;

    public ProgressService(AuthSessions sessions, AuthorizedCalls calls, ObjectMapper json) {
        this.sessions = sessions;
        this.calls = calls;
        this.json = json;
    }

    public ProgressResult progress(String asin, AuthBlobRequest request) {
        if (asin == null || !asin.matches(ASIN_PATTERN)) {
            throw InvalidRequestException.field("asin", "must be a 10-character Audible ASIN");
        }
        AuthSession session = sessions.open(request);

        JsonNode position = find(get(session, "/1.0/annotations/lastpositions", Map.of("asins", asin))
                .path("asin_last_position_heard_annots"), asin).path("last_position_heard");
        LibraryItem item = LibraryItemMapper.toItem(get(session, "/1.0/library/" + asin,
                Map.of("response_groups", "is_finished,percent_complete,listening_status")).path("item"));
        JsonNode finished = find(get(session, "/1.0/stats/status/finished",
                Map.of("asin", asin, "start_date", FINISHED_SINCE)).path("mark_as_finished_status_list"), asin);

        boolean hasPosition = "Exists".equalsIgnoreCase(position.path("status").asText());
        Long positionSeconds = hasPosition && position.path("position_ms").canConvertToLong()
                ? position.path("position_ms").asLong() / 1000 : null;
        Boolean markedFinished = finished.path("is_marked_as_finished").isBoolean()
                ? finished.path("is_marked_as_finished").asBoolean() : null;
        Instant finishedAt = Boolean.TRUE.equals(markedFinished)
                ? AudibleTimestamps.parse(finished.path("event_timestamp").asText(null)) : null;
        return new ProgressResult(asin, positionSeconds, item.percentComplete(),
                markedFinished != null ? markedFinished : item.isFinished(),
                finishedAt != null ? finishedAt : item.finishedAt(),
                hasPosition ? AudibleTimestamps.parse(position.path("last_updated").asText(null)) : null,
                sessions.sealIfChanged(session));
    }

    private JsonNode get(AuthSession session, String path, Map<String, String> query) {
        try {
            return json.readTree(calls.send(session, AudibleRequest.get(path, query)).body());
        } catch (IOException e) {
            throw new AudibleTransientException(502, null);
        }
    }

    private static JsonNode find(JsonNode list, String asin) {
        for (JsonNode entry : list) {
            if (asin.equalsIgnoreCase(entry.path("asin").asText())) {
                return entry;
            }
        }
        return MissingNode.getInstance();
    }
}

package dev.shelfsync.adapter.library;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shelfsync.adapter.audible.AudibleRequest;
import dev.shelfsync.adapter.audible.AudibleResponse;
import dev.shelfsync.adapter.audible.AudibleTransientException;
import dev.shelfsync.adapter.audible.AuthSession;
import dev.shelfsync.adapter.audible.AuthorizedCalls;
import dev.shelfsync.adapter.auth.AuthSessions;
import dev.shelfsync.adapter.config.AudibleConfig;
import dev.shelfsync.contracts.adapter.AuthBlobRequest;
import dev.shelfsync.contracts.adapter.LibraryItem;
import dev.shelfsync.contracts.adapter.LibraryResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Reads the whole library, page by page, with the progress fields that are only sent when asked for. */
@ApplicationScoped
public class LibraryService {

    private static final Logger LOG = Logger.getLogger(LibraryService.class);

    /** Product data plus the progress groups; any unknown group fails the whole request at Audible. */
    static final String RESPONSE_GROUPS = "contributors,media,product_attrs,product_desc,product_details,"
            + "series,is_finished,percent_complete,listening_status";
    /** Guards against a server that keeps answering full pages. */
    private static final int MAX_PAGES = 500;

    private final AuthSessions sessions;
    private final AuthorizedCalls calls;
    private final AudibleConfig config;
    private final ObjectMapper json;

    public LibraryService(AuthSessions sessions, AuthorizedCalls calls, AudibleConfig config, ObjectMapper json) {
        this.sessions = sessions;
        this.calls = calls;
        this.config = config;
        this.json = json;
    }

    public LibraryResult library(AuthBlobRequest request) {
        AuthSession session = sessions.open(request);
        int pageSize = Math.min(1000, Math.max(1, config.libraryPageSize()));
        List<LibraryItem> items = new ArrayList<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            AudibleResponse response = calls.send(session, pageRequest(page, pageSize));
            JsonNode pageItems = parse(response).path("items");
            pageItems.forEach(item -> items.add(LibraryItemMapper.toItem(item)));
            OptionalLong total = response.longHeader("total-count");
            LOG.debugf("Library page %d: %d titles (total-count %s)", (Object) page, pageItems.size(),
                    total.isPresent() ? String.valueOf(total.getAsLong()) : "absent");
            boolean totalSaysMore = total.isPresent() && items.size() < total.getAsLong();
            boolean pageWasFull = pageItems.size() >= pageSize;
            if (pageItems.isEmpty() || !(totalSaysMore || pageWasFull)) {
                break;
            }
        }
        LOG.infof("Read %d library titles from marketplace %s", items.size(), session.marketplace().countryCode());
        return new LibraryResult(items, items.size(), sessions.sealIfChanged(session));
    }

    private static AudibleRequest pageRequest(int page, int pageSize) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("num_results", Integer.toString(pageSize));
        query.put("page", Integer.toString(page));
        query.put("response_groups", RESPONSE_GROUPS);
        query.put("image_sizes", "500");
        return AudibleRequest.get("/1.0/library", query);
    }

    private JsonNode parse(AudibleResponse response) {
        try {
            return json.readTree(response.body());
        } catch (IOException e) {
            throw new AudibleTransientException(502, null);
        }
    }
}

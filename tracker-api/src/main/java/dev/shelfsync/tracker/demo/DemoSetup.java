package dev.shelfsync.tracker.demo;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.shelfsync.tracker.audible.AudibleAccountService;
import dev.shelfsync.tracker.audible.ConnectRequest;
import dev.shelfsync.tracker.auth.ApiKeys;
import dev.shelfsync.tracker.auth.UserProvisioning;
import dev.shelfsync.tracker.books.Book;
import dev.shelfsync.tracker.books.BookType;
import dev.shelfsync.tracker.error.ApiException;
import dev.shelfsync.tracker.sync.SyncService;
import dev.shelfsync.tracker.sync.SyncType;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A newcomer's first minute: with {@code shelfsync.demo.enabled}, creates (once) the demo user with an API key
 * and a small print library, then, as soon as the adapter answers, connects it to the sandbox Audible account
 * and runs the first sync, so the log shows a real sync summary.
 */
@ApplicationScoped
public class DemoSetup {

    static final String EMAIL = "demo@shelfsync.local";
    private static final Logger LOG = Logger.getLogger(DemoSetup.class);

    private final DemoConfig config;
    private final UserProvisioning users;
    private final AudibleAccountService accounts;
    private final SyncService syncs;
    private final EntityManager em;
    private final ObjectMapper json;
    private final AtomicBoolean connectedThisRun = new AtomicBoolean();

    DemoSetup(DemoConfig config, UserProvisioning users, AudibleAccountService accounts, SyncService syncs,
              EntityManager em, ObjectMapper json) {
        this.config = config;
        this.users = users;
        this.accounts = accounts;
        this.syncs = syncs;
        this.em = em;
        this.json = json;
    }

    void onStart(@Observes StartupEvent event) {
        if (config.enabled() && demoUser().isEmpty()) {
            createDemoUser();
        }
    }

    /**
     * Retried by the scheduler until the adapter is up, then done for this run. It connects again on every start:
     * the sandbox keeps its registered devices in memory, so the previous run's tokens died with it.
     */
    @Scheduled(identity = "demo-connect", every = "15s", delayed = "3s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = WhenNotNeeded.class)
    void connectAndSync() {
        long userId = demoUser().orElseThrow();
        try {
            accounts.connect(userId, new ConnectRequest(config.countryCode(), null, null, config.audibleEmail(),
                    config.audiblePassword(), null));
        } catch (ApiException e) {
            LOG.infof("Demo: Audible sandbox not reachable yet (%s); retrying", e.code());
            return;
        }
        connectedThisRun.set(true);
        try {
            var report = syncs.sync(userId, SyncType.MANUAL);
            LOG.infof("Demo library synced: %d titles, %d matched, %d conflicts (GET /api/audible/conflicts), %d books updated",
                    report.titles(), report.matched(), report.conflicts(), report.updated());
        } catch (ApiException e) {
            LOG.infof("Demo: no sync now (%s); the scheduler syncs when the interval allows", e.getMessage());
        }
    }

    long createDemoUser() {
        UserProvisioning.NewUser user = users.createUser(EMAIL, "Demo Listener");
        String key = config.apiKey().filter(k -> !k.isBlank()).map(k -> addKey(user.userId(), k)).orElse(user.apiKey());
        QuarkusTransaction.requiringNew().run(() -> library().forEach(b -> {
            Book book = new Book();
            book.userId = user.userId();
            book.title = b.title();
            book.author = b.author();
            book.isbn = b.isbn();
            book.type = BookType.fromLabel(b.type()).orElse(BookType.BOOK);
            book.totalPages = b.totalPages();
            book.persist();
        }));
        LOG.infof("""

                ==================================================================
                  Shelfsync demo user created: %s
                  API key (shown once): %s
                  Try: curl -H 'Authorization: Bearer <key>' localhost:8080/api/audible/status
                ==================================================================""", EMAIL, key);
        return user.userId();
    }

    private String addKey(long userId, String key) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                        "INSERT INTO api_keys (user_id, name, key_hash, key_prefix) VALUES (?1, 'demo', ?2, ?3)")
                .setParameter(1, userId).setParameter(2, ApiKeys.hash(key)).setParameter(3, ApiKeys.displayPrefix(key))
                .executeUpdate());
        return key;
    }

    List<DemoBook> library() {
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-library.json")) {
            return json.readValue(in, new TypeReference<>() {
            });
        } catch (IOException e) {
            throw new UncheckedIOException("The demo library resource is unreadable", e);
        }
    }

    /** Read through the bean, not the field: the predicate holds a client proxy of this bean. */
    boolean connectedThisRun() {
        return connectedThisRun.get();
    }

    Optional<Long> demoUser() {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery("SELECT id FROM users WHERE email = ?1")
                .setParameter(1, EMAIL).getResultStream().findFirst().map(id -> ((Number) id).longValue()));
    }

    /** Skips while the demo is off, and for the rest of the run once the demo user is connected. */
    @Singleton
    static class WhenNotNeeded implements Scheduled.SkipPredicate {

        private final DemoConfig config;
        private final DemoSetup demo;

        WhenNotNeeded(DemoConfig config, DemoSetup demo) {
            this.config = config;
            this.demo = demo;
        }

        @Override
        public boolean test(ScheduledExecution execution) {
            return !config.enabled() || demo.connectedThisRun() || demo.demoUser().isEmpty();
        }
    }
}

package dev.shelfsync.tracker.mappings;

import dev.shelfsync.tracker.books.Book;
import dev.shelfsync.tracker.common.PageResult;
import dev.shelfsync.tracker.error.ApiException;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Mappings of ASINs to books: listing, per-title sync switch, history, and links the user makes. A link the
 * user makes is {@code manually_confirmed}; automatic matching never touches an existing mapping, so it
 * survives every later sync.
 */
@ApplicationScoped
public class MappingService {

    private static final Pattern ASIN = Pattern.compile("^[A-Z0-9]{10}$");

    private static final String UPSERT = """
            INSERT INTO audible_book_mappings (user_id, asin, book_id, audible_title, audible_author,
                                               match_confidence, match_method, manually_confirmed)
            VALUES (?1, ?2, ?3, ?4, ?5, 1.0, ?6, TRUE)
            ON CONFLICT (user_id, asin) DO UPDATE
            SET book_id = EXCLUDED.book_id, match_method = EXCLUDED.match_method, match_confidence = 1.0,
                manually_confirmed = TRUE,
                -- linked to another book: forget the progress so the next sync brings that book up to date
                last_known_percentage = CASE WHEN audible_book_mappings.book_id = EXCLUDED.book_id
                                             THEN audible_book_mappings.last_known_percentage END,
                is_finished = audible_book_mappings.is_finished AND audible_book_mappings.book_id = EXCLUDED.book_id
            RETURNING id""";

    private final EntityManager em;

    MappingService(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public PageResult<MappingView> page(long userId, int page, int size) {
        if (page < 1) {
            throw ApiException.invalid("page", "must be 1 or more");
        }
        if (size < 1 || size > 200) {
            throw ApiException.invalid("size", "must be between 1 and 200");
        }
        var query = BookMapping.find("userId", Sort.by("audibleTitle").and("id"), userId).page(Page.of(page - 1, size));
        List<MappingView> items = query.<BookMapping>list().stream().map(MappingView::of).toList();
        return new PageResult<>(items, page, size, query.count());
    }

    @Transactional
    public MappingView update(long userId, long mappingId, MappingUpdate update) {
        if (update == null || update.syncEnabled() == null) {
            throw ApiException.invalid("sync_enabled", "is required (true or false)");
        }
        BookMapping mapping = BookMapping.ofUser(userId, mappingId)
                .orElseThrow(() -> ApiException.notFound("Mapping", mappingId));
        mapping.syncEnabled = update.syncEnabled();
        return MappingView.of(mapping);
    }

    @Transactional
    public List<HistoryView> history(long userId, long mappingId) {
        BookMapping.ofUser(userId, mappingId).orElseThrow(() -> ApiException.notFound("Mapping", mappingId));
        return ProgressHistoryEntry.<ProgressHistoryEntry>list("mappingId = ?1 and userId = ?2",
                        Sort.descending("createdAt").and("id", Sort.Direction.Descending), mappingId, userId)
                .stream().map(HistoryView::of).toList();
    }

    /** Links a title the user's library has shown (as a mapping or a conflict) to one of their books. */
    @Transactional
    public MappingView link(long userId, String asin, Long bookId) {
        if (asin == null || !ASIN.matcher(asin).matches()) {
            throw ApiException.invalid("asin", "must be 10 upper-case letters or digits");
        }
        if (bookId == null) {
            throw ApiException.invalid("book_id", "is required");
        }
        requireOwnBook(userId, bookId);
        Object[] known = knownTitle(userId, asin);
        return link(userId, asin, (String) known[0], (String) known[1], bookId, "manual", "linked");
    }

    /** Links a title to a book made from it (conflict resolved by creating the book). */
    @Transactional
    public MappingView linkCreated(long userId, String asin, String title, String author, long bookId) {
        return link(userId, asin, title, author, bookId, "created", "created");
    }

    private MappingView link(long userId, String asin, String title, String author, long bookId, String method,
                             String resolution) {
        Number id = (Number) em.createNativeQuery(UPSERT)
                .setParameter(1, userId).setParameter(2, asin).setParameter(3, bookId)
                .setParameter(4, title).setParameter(5, author).setParameter(6, method)
                .getSingleResult();
        em.createNativeQuery("""
                        UPDATE audible_conflicts
                        SET resolved = TRUE, resolution = ?1, resolved_book_id = ?2, resolved_at = now()
                        WHERE user_id = ?3 AND asin = ?4 AND NOT resolved""")
                .setParameter(1, resolution).setParameter(2, bookId).setParameter(3, userId).setParameter(4, asin)
                .executeUpdate();
        em.clear();
        return MappingView.of(BookMapping.findById(id.longValue()));
    }

    private static void requireOwnBook(long userId, long bookId) {
        if (Book.count("id = ?1 and userId = ?2", bookId, userId) == 0) {
            throw ApiException.notFound("Book", bookId);
        }
    }

    private Object[] knownTitle(long userId, String asin) {
        List<?> rows = em.createNativeQuery("""
                        SELECT audible_title, audible_author FROM (
                            SELECT audible_title, audible_author, 0 AS rank FROM audible_book_mappings
                            WHERE user_id = ?1 AND asin = ?2
                            UNION ALL
                            SELECT audible_title, audible_author, 1 FROM audible_conflicts
                            WHERE user_id = ?1 AND asin = ?2) t
                        ORDER BY rank LIMIT 1""")
                .setParameter(1, userId).setParameter(2, asin).getResultList();
        if (rows.isEmpty()) {
            throw ApiException.notFound("Audible title", asin + " (not in your synced library; sync first)");
        }
        return (Object[]) rows.get(0);
    }
}

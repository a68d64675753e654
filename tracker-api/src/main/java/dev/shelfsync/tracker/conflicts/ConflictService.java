package dev.shelfsync.tracker.conflicts;

import dev.shelfsync.contracts.ErrorCodes;
import dev.shelfsync.tracker.books.Book;
import dev.shelfsync.tracker.books.BookType;
import dev.shelfsync.tracker.error.ApiException;
import dev.shelfsync.tracker.mappings.MappingService;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * Lists conflicts and resolves them: link to an existing book, create a new Audiobook from the Audible data,
 * or ignore the title for good (the sync skips ignored titles).
 */
@ApplicationScoped
public class ConflictService {

    private final MappingService mappings;

    ConflictService(MappingService mappings) {
        this.mappings = mappings;
    }

    @Transactional
    public List<ConflictView> list(long userId, boolean resolved) {
        return AudibleConflict.<AudibleConflict>list("userId = ?1 and resolved = ?2",
                        Sort.descending("createdAt").and("id", Sort.Direction.Descending), userId, resolved)
                .stream().map(ConflictView::of).toList();
    }

    @Transactional
    public ConflictView resolve(long userId, long conflictId, ResolveRequest request) {
        String action = request == null ? null : request.action();
        if (action == null || !List.of("link", "create", "ignore").contains(action)) {
            throw ApiException.invalid("action", "must be link, create or ignore");
        }
        if ("link".equals(action) && request.bookId() == null) {
            throw ApiException.invalid("book_id", "is required to link");
        }
        AudibleConflict conflict = AudibleConflict.ofUser(userId, conflictId)
                .orElseThrow(() -> ApiException.notFound("Conflict", conflictId));
        if (conflict.resolved) {
            throw ApiException.conflict(ErrorCodes.CONFLICT, "Conflict " + conflictId + " is already resolved ("
                    + conflict.resolution + ")");
        }
        switch (action) {
            case "link" -> mappings.link(userId, conflict.asin, request.bookId());
            case "create" -> mappings.linkCreated(userId, conflict.asin, conflict.audibleTitle, conflict.audibleAuthor,
                    createAudiobook(userId, conflict));
            default -> {
                conflict.resolved = true;
                conflict.resolution = "ignored";
                conflict.resolvedAt = Instant.now();
            }
        }
        return ConflictView.of(AudibleConflict.findById(conflictId));
    }

    private static long createAudiobook(long userId, AudibleConflict conflict) {
        Book book = new Book();
        book.userId = userId;
        book.title = conflict.audibleTitle;
        book.author = conflict.audibleAuthor;
        book.type = BookType.AUDIOBOOK;
        book.persist();
        book.flush();
        return book.id;
    }
}

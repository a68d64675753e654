package dev.shelfsync.tracker.books;

import dev.shelfsync.tracker.auth.CurrentUser;
import dev.shelfsync.tracker.common.PageResult;
import dev.shelfsync.tracker.error.ApiException;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The current user's shelf: every read and write is limited to the books of {@link CurrentUser}. */
@ApplicationScoped
public class BookService {

    private final BookRepository books;
    private final CurrentUser currentUser;

    public BookService(BookRepository books, CurrentUser currentUser) {
        this.books = books;
        this.currentUser = currentUser;
    }

    @Transactional
    public BookResponse create(BookRequest request) {
        Book book = new Book();
        book.userId = currentUser.id();
        apply(request, book);
        books.persistAndFlush(book);
        return BookResponse.of(book);
    }

    @Transactional
    public BookResponse get(long bookId) {
        return BookResponse.of(owned(bookId));
    }

    /** Replaces every field of the book with the request's (absent fields take their defaults). */
    @Transactional
    public BookResponse replace(long bookId, BookRequest request) {
        Book book = owned(bookId);
        apply(request, book);
        books.flush();
        return BookResponse.of(book);
    }

    @Transactional
    public void delete(long bookId) {
        books.delete(owned(bookId));
    }

    /**
     * One page of the user's books, by title.
     *
     * @param status exact status label, or null for any
     * @param type   exact type label, or null for any
     * @param text   case-insensitive text to find in title or author, or null
     * @param page   page number from 1
     */
    @Transactional
    public PageResult<BookResponse> list(String status, String type, String text, int page, int size) {
        BookFilter filter = new BookFilter(
                parse("status", status, BookStatus::fromLabel, BookStatus.values()),
                parse("type", type, BookType::fromLabel, BookType.values()),
                Optional.ofNullable(text).map(String::strip).filter(t -> !t.isEmpty()));
        var query = books.search(currentUser.id(), filter).page(Page.of(page - 1, size));
        return new PageResult<>(query.list().stream().map(BookResponse::of).toList(), page, size, query.count());
    }

    private Book owned(long bookId) {
        return books.findOwned(currentUser.id(), bookId).orElseThrow(() -> ApiException.notFound("Book", bookId));
    }

    /** Checks the rules that span fields, then copies the request onto the book; nothing is written if one fails. */
    private static void apply(BookRequest request, Book book) {
        Map<String, String> problems = new LinkedHashMap<>();
        Optional<String> isbn = Optional.ofNullable(request.isbn()).filter(s -> !s.isBlank()).map(raw -> {
            Optional<String> normalized = Isbn.normalize(raw);
            if (normalized.isEmpty()) {
                problems.put("isbn", "is not a valid ISBN-10 or ISBN-13 (check digit or length)");
            }
            return normalized.orElse(null);
        });
        int currentPage = request.currentPage() == null ? 0 : request.currentPage();
        if (request.totalPages() != null && currentPage > request.totalPages()) {
            problems.put("current_page", "must not exceed total_pages (" + request.totalPages() + ")");
        }
        if (request.startedDate() != null && request.completedDate() != null
                && request.completedDate().isBefore(request.startedDate())) {
            problems.put("completed_date", "must not be before started_date");
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        book.title = request.title().strip();
        book.author = request.author() == null || request.author().isBlank() ? null : request.author().strip();
        book.isbn = isbn.orElse(null);
        book.type = request.type() == null ? BookType.BOOK : request.type();
        book.status = request.status() == null ? BookStatus.WANT_TO_READ : request.status();
        book.currentPage = currentPage;
        book.totalPages = request.totalPages();
        book.progress = request.progress() == null ? BigDecimal.ZERO : request.progress();
        book.startedDate = request.startedDate();
        book.completedDate = request.completedDate();
    }

    private static <E extends Enum<E>> Optional<E> parse(String field, String label,
                                                           Function<String, Optional<E>> byLabel,
                                                           E[] allowed) {
        if (label == null || label.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(byLabel.apply(label.strip()).orElseThrow(() -> ApiException.invalid(field,
                "must be one of " + Arrays.stream(allowed).map(Object::toString).collect(Collectors.joining(", ")))));
    }
}

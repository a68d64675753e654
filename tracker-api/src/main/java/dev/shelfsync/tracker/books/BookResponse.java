package dev.shelfsync.tracker.books;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A book as the API returns it. */
public record BookResponse(long id, String title, String author, String isbn, BookType type, BookStatus status,
                           int currentPage, Integer totalPages, BigDecimal progress, LocalDate startedDate,
                           LocalDate completedDate, OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static BookResponse of(Book book) {
        return new BookResponse(book.id, book.title, book.author, book.isbn, book.type, book.status,
                book.currentPage, book.totalPages, book.progress, book.startedDate, book.completedDate,
                book.createdAt, book.updatedAt);
    }
}

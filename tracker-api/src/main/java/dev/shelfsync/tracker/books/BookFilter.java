package dev.shelfsync.tracker.books;

import java.util.Optional;

/** What a book listing is narrowed to; an empty part does not narrow. */
public record BookFilter(Optional<BookStatus> status, Optional<BookType> type, Optional<String> text) {
}

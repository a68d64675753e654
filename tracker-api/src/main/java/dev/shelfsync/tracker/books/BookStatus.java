package dev.shelfsync.tracker.books;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** Where the reader is with a book; the label is what the API and the {@code books.status} column carry. */
public enum BookStatus {
    WANT_TO_READ("Want to Read"),
    READING("Reading"),
    COMPLETED("Completed");

    private final String label;

    BookStatus(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Optional<BookStatus> fromLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label.equalsIgnoreCase(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends LabelConverter<BookStatus> {
        public Column() {
            super(BookStatus.class, BookStatus::label);
        }
    }
}

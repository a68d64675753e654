package dev.shelfsync.tracker.books;

import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Arrays;
import java.util.Optional;

/** The format a book is read in; the label is what the API and the {@code books.type} column carry. */
public enum BookType {
    AUDIOBOOK("Audiobook"),
    BOOK("Book"),
    EBOOK("Ebook");

    private final String label;

    BookType(String label) {
        this.label = label;
    }

    @JsonValue
    public String label() {
        return label;
    }

    public static Optional<BookType> fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equalsIgnoreCase(label)).findFirst();
    }

    @Override
    public String toString() {
        return label;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Column extends LabelConverter<BookType> {
        public Column() {
            super(BookType.class, BookType::label);
        }
    }
}

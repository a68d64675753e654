package dev.shelfsync.tracker.books;

import jakarta.persistence.AttributeConverter;

import java.util.Arrays;
import java.util.function.Function;

/** Stores an enum as its human label, the form the schema's CHECK constraints list. */
abstract class LabelConverter<E extends Enum<E>> implements AttributeConverter<E, String> {

    private final Class<E> type;
    private final Function<E, String> label;

    LabelConverter(Class<E> type, Function<E, String> label) {
        this.type = type;
        this.label = label;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : label.apply(value);
    }

    @Override
    public E convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> label.apply(e).equals(column)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " " + column));
    }
}

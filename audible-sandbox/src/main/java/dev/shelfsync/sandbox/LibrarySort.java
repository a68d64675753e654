package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;

/** The {@code sort_by} values of {@code /1.0/library}; a leading {@code -} sorts descending. */
final class LibrarySort {

    private static final Map<String, Comparator<ObjectNode>> ASCENDING = Map.of(
            "Title", Comparator.comparing(item -> LibraryItems.title(item).toLowerCase(Locale.ROOT)),
            "Author", Comparator.comparing(item -> LibraryItems.firstName(item, "authors").toLowerCase(Locale.ROOT)),
            "Narrator", Comparator.comparing(item -> LibraryItems.firstName(item, "narrators").toLowerCase(Locale.ROOT)),
            "Length", Comparator.comparingInt(LibraryItems::runtimeMinutes),
            "PurchaseDate", Comparator.comparing(LibraryItems::purchaseDate));

    private LibrarySort() {
    }

    /** {@code null} for no sort_by (the library's own order); throws for an unknown value. */
    static Comparator<ObjectNode> parse(String sortBy) {
        if (sortBy == null || sortBy.isBlank()) {
            return null;
        }
        String value = sortBy.trim();
        boolean descending = value.startsWith("-");
        Comparator<ObjectNode> comparator = ASCENDING.get(descending ? value.substring(1) : value);
        if (comparator == null) {
            throw new BadRequestException("The request has an invalid parameter : sort_by");
        }
        comparator = comparator.thenComparing(LibraryItems::asin);
        return descending ? comparator.reversed() : comparator;
    }
}

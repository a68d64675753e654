package dev.shelfsync.contracts.adapter;

import java.time.Instant;
import java.util.List;

/** One title of the Audible library, normalised from Audible's {@code /1.0/library} item. */
public record LibraryItem(
        String asin,
        String title,
        String subtitle,
        List<String> authors,
        List<String> narrators,
        List<SeriesRef> series,
        String isbn,
        Integer runtimeMinutes,
        Double percentComplete,
        Boolean isFinished,
        Instant finishedAt,
        Instant purchaseDate,
        String language,
        String coverUrl) {
}

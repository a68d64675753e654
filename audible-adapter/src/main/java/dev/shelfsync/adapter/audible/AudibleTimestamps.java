package dev.shelfsync.adapter.audible;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;

/**
 * Audible's timestamps come in several shapes: ISO-8601 with {@code Z} or an offset, zone-less
 * {@code yyyy-MM-dd HH:mm:ss.S..} (UTC, 0-9 fraction digits) in positions, or a bare date.
 */
public final class AudibleTimestamps {

    private static final DateTimeFormatter ZONELESS = new DateTimeFormatterBuilder()
            .appendPattern("yyyy-MM-dd[ ]['T']HH:mm:ss")
            .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true).optionalEnd()
            .toFormatter();

    private AudibleTimestamps() {
    }

    /** @return the instant, or {@code null} when the text is absent or unreadable */
    public static Instant parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.trim();
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(value, ZONELESS).toInstant(ZoneOffset.UTC);
            } catch (DateTimeParseException notZoneless) {
                try {
                    return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
                } catch (DateTimeParseException unreadable) {
                    return null;
                }
            }
        }
    }
}

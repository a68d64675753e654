package dev.shelfsync.sandbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** The timestamp formats of the Audible wire protocol. */
final class Timestamps {

    private static final DateTimeFormatter ANNOTATION_SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /**
     * Parses ISO-8601 instants in the variants clients send: {@code …05.678901Z}, {@code …05Z}, nanosecond
     * fractions, offsets, and Python's {@code …+00:00Z}.
     */
    static Optional<Instant> parseIso(String text) {
        String value = text.trim();
        if (value.endsWith("+00:00Z")) {
            value = value.substring(0, value.length() - 1);
        }
        try {
            return Optional.of(Instant.parse(value));
        } catch (DateTimeParseException notInstant) {
            try {
                return Optional.of(OffsetDateTime.parse(value).toInstant());
            } catch (DateTimeParseException notOffset) {
                return Optional.empty();
            }
        }
    }

    /** ISO-8601 UTC with milliseconds, e.g. {@code 2024-05-01T12:08:33.768Z}. */
    static String isoMillis(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    /**
     * The annotation-service style: no zone and the fraction without trailing zeros (1–3 digits), e.g.
     * {@code 2025-06-16 20:23:18.818} or {@code 2025-06-16 20:23:18.8}.
     */
    static String annotation(Instant instant) {
        LocalDateTime utc = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        String millis = String.format("%03d", utc.getNano() / 1_000_000).replaceFirst("0+$", "");
        return ANNOTATION_SECONDS.format(utc) + "." + (millis.isEmpty() ? "0" : millis);
    }
}

package dev.shelfsync.tracker.books;

import java.util.Optional;

/**
 * ISBN-10 and ISBN-13 as people type them ({@code 0-306-40615-2}, {@code 978 0 306 40615 7}) reduced to their
 * canonical digits, with the check digit verified. ISBN-10 ends in a digit or {@code X}.
 */
public final class Isbn {

    private Isbn() {
    }

    /** The canonical digits of a valid ISBN-10 or ISBN-13; empty for anything else, including a bad check digit. */
    public static Optional<String> normalize(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String digits = raw.replaceAll("[\\s-]", "").toUpperCase();
        if (digits.matches("\\d{9}[\\dX]") && isbn10CheckDigit(digits.substring(0, 9)) == digits.charAt(9)) {
            return Optional.of(digits);
        }
        if (digits.matches("\\d{13}") && isbn13CheckDigit(digits.substring(0, 12)) == digits.charAt(12)) {
            return Optional.of(digits);
        }
        return Optional.empty();
    }

    /**
     * The ISBN-13 form of a valid ISBN (an ISBN-10 gains the {@code 978} prefix and a new check digit), so that
     * both forms of one edition compare equal; empty when the input is not a valid ISBN.
     */
    public static Optional<String> toIsbn13(String raw) {
        return normalize(raw).map(isbn -> {
            if (isbn.length() == 13) {
                return isbn;
            }
            String body = "978" + isbn.substring(0, 9);
            return body + isbn13CheckDigit(body);
        });
    }

    private static char isbn10CheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (nineDigits.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static char isbn13CheckDigit(String twelveDigits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (twelveDigits.charAt(i) - '0');
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }
}

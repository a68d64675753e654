package dev.shelfsync.sandbox;

/** ISBN-13 check digits. */
final class Isbn {

    private Isbn() {
    }

    /** The check digit for the first twelve digits of an ISBN-13. */
    static int checkDigit(CharSequence firstTwelve) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (firstTwelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return (10 - sum % 10) % 10;
    }

    static boolean isValid13(String isbn) {
        return isbn != null && isbn.matches("\\d{13}") && checkDigit(isbn) == isbn.charAt(12) - '0';
    }
}

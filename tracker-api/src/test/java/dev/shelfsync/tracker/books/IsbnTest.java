package dev.shelfsync.tracker.books;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IsbnTest {

    @ParameterizedTest
    @CsvSource({
            "0-306-40615-2,     0306406152",
            "0 8044 2957 x,     080442957X",
            "978-0-306-40615-7, 9780306406157",
            "979 10 90636 07 1, 9791090636071"})
    void normalizesValidIsbns(String raw, String digits) {
        assertEquals(Optional.of(digits), Isbn.normalize(raw));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"0-306-40615-3", "978-0-306-40615-8", "X306406152", "12345", "97803064061570", "abc"})
    void refusesInvalidIsbns(String raw) {
        assertEquals(Optional.empty(), Isbn.normalize(raw));
    }

    @Test
    void convertsIsbn10ToIsbn13() {
        assertEquals(Optional.of("9780306406157"), Isbn.toIsbn13("0-306-40615-2"));
        assertEquals(Optional.of("9780804429573"), Isbn.toIsbn13("080442957X"));
        assertEquals(Optional.of("9780306406157"), Isbn.toIsbn13("9780306406157"));
        assertEquals(Optional.empty(), Isbn.toIsbn13("0306406153"));
    }
}

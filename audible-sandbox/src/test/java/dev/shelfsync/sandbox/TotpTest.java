package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238 appendix B SHA1 seed "12345678901234567890", base32-encoded; 6-digit truncation of its vectors. */
    private static final String RFC_SECRET = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    @Test
    void matchesTheRfcVectors() {
        assertEquals("287082", Totp.code(RFC_SECRET, Instant.ofEpochSecond(59)));
        assertEquals("081804", Totp.code(RFC_SECRET, Instant.ofEpochSecond(1111111109)));
        assertEquals("005924", Totp.code(RFC_SECRET, Instant.ofEpochSecond(1234567890)));
        assertEquals("279037", Totp.code(RFC_SECRET, Instant.ofEpochSecond(2000000000)));
    }

    @Test
    void acceptsOneStepOfDriftEitherSide() {
        Instant now = Instant.ofEpochSecond(1111111109);
        assertTrue(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(30)), now));
        assertTrue(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.plusSeconds(30)), now));
        assertFalse(Totp.matches(RFC_SECRET, Totp.code(RFC_SECRET, now.minusSeconds(90)), now));
        assertFalse(Totp.matches(RFC_SECRET, null, now));
    }
}

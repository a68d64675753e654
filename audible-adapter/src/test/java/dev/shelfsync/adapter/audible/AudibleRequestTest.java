package dev.shelfsync.adapter.audible;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AudibleRequestTest {

    @Test
    void encodesTheQueryOnceKeepingCommas() {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("response_groups", "product_desc,pdf_url");
        query.put("num_results", "999");
        query.put("title", "A b+c|d");
        assertEquals("/1.0/library?response_groups=product_desc,pdf_url&num_results=999&title=A%20b%2Bc%7Cd",
                AudibleRequest.get("/1.0/library", query).pathAndQuery());
    }

    @Test
    void readsEveryTimestampShapeAudibleSends() {
        assertEquals(Instant.parse("2026-08-30T12:08:33.768Z"), AudibleTimestamps.parse("2026-08-30T12:08:33.768Z"));
        assertEquals(Instant.parse("2025-06-16T20:23:18.818Z"), AudibleTimestamps.parse("2025-06-16 20:23:18.818"));
        assertEquals(Instant.parse("2025-06-16T20:23:18.800Z"), AudibleTimestamps.parse("2025-06-16 20:23:18.8"));
        assertEquals(Instant.parse("2020-01-02T00:00:00Z"), AudibleTimestamps.parse("2020-01-02"));
        assertEquals(Instant.parse("2020-01-02T01:00:00Z"), AudibleTimestamps.parse("2020-01-02T03:00:00+02:00"));
        assertNull(AudibleTimestamps.parse("soon"));
        assertNull(AudibleTimestamps.parse(null));
    }

    @Test
    void retryAfterIsReadInSeconds() {
        assertEquals(java.time.Duration.ofSeconds(7), AudibleTransientException.parseRetryAfter(" 7 "));
        assertNull(AudibleTransientException.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"));
    }
}

package dev.shelfsync.tracker.mappings;

/** {@code POST /api/audible/link}: this ASIN is this book. */
public record LinkRequest(String asin, Long bookId) {
}

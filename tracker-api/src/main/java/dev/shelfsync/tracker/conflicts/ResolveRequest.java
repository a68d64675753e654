package dev.shelfsync.tracker.conflicts;

/** {@code POST /api/audible/conflicts/{id}/resolve}: {@code link} (with {@code book_id}), {@code create} or {@code ignore}. */
public record ResolveRequest(String action, Long bookId) {
}

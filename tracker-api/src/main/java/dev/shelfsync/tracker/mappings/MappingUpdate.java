package dev.shelfsync.tracker.mappings;

/** {@code PUT /api/audible/mappings/{id}}. */
public record MappingUpdate(Boolean syncEnabled) {
}

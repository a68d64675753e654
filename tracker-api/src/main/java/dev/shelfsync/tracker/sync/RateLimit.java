package dev.shelfsync.tracker.sync;

import java.time.Instant;

/** The answer of {@code audible_can_sync(user)}. */
public record RateLimit(boolean canSync, String reason, Instant nextAllowedAt, int syncsRemainingToday) {
}

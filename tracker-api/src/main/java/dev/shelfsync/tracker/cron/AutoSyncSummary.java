package dev.shelfsync.tracker.cron;

import java.util.List;

/** What one automatic round did, user by user. */
public record AutoSyncSummary(int usersConsidered, int synced, int skipped, int failed, List<UserResult> results) {

    /** {@code status} is success, partial, skipped or failed; {@code reason} says why when it is not a success. */
    public record UserResult(long userId, String status, String reason, Long syncLogId, Integer titles,
                             Integer matched, Integer conflicts, Integer updated) {
    }
}

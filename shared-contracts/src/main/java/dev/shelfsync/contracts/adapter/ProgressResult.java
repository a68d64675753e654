package dev.shelfsync.contracts.adapter;

import java.time.Instant;

/** Listening progress of one title; {@code auth} is set only when the tokens were refreshed. */
public record ProgressResult(String asin, Long positionSeconds, Double percentComplete, Boolean isFinished,
                             Instant finishedAt, Instant lastUpdated, String auth) {

    @Override
    public String toString() {
        return "ProgressResult[asin=" + asin + ", positionSeconds=" + positionSeconds + "]";
    }
}

package dev.shelfsync.adapter.audible;

import dev.shelfsync.adapter.marketplace.Marketplace;

/**
 * One request's view of a user's auth record. Token refreshes replace the record; {@link #refreshed()} tells the
 * caller to hand the new record back.
 */
public final class AuthSession {

    private final Marketplace marketplace;
    private AuthRecord record;
    private boolean refreshed;

    public AuthSession(Marketplace marketplace, AuthRecord record) {
        this.marketplace = marketplace;
        this.record = record;
    }

    public Marketplace marketplace() {
        return marketplace;
    }

    public synchronized AuthRecord record() {
        return record;
    }

    public synchronized boolean refreshed() {
        return refreshed;
    }

    synchronized void replace(AuthRecord newRecord) {
        this.record = newRecord;
        this.refreshed = true;
    }
}

package dev.shelfsync.adapter.audible;

import dev.shelfsync.adapter.marketplace.Marketplace;

/**
 * One request's view of a user's auth record. Token refreshes replace the record; {@link #changed()} tells the
 * caller to hand the record back (new tokens, or a blob that was sealed under a retired key).
 */
public final class AuthSession {

    private final Marketplace marketplace;
    private AuthRecord record;
    private boolean refreshed;
    private final boolean sealedUnderRetiredKey;

    public AuthSession(Marketplace marketplace, AuthRecord record, boolean sealedUnderRetiredKey) {
        this.marketplace = marketplace;
        this.record = record;
        this.sealedUnderRetiredKey = sealedUnderRetiredKey;
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

    /** Whether the caller must store a new blob: the tokens were refreshed or the key it was sealed with retired. */
    public synchronized boolean changed() {
        return refreshed || sealedUnderRetiredKey;
    }

    synchronized void replace(AuthRecord newRecord) {
        this.record = newRecord;
        this.refreshed = true;
    }
}

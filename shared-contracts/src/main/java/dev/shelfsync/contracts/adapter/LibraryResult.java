package dev.shelfsync.contracts.adapter;

import java.util.List;

/**
 * Every title of the library (all pages). {@code auth} is set only when the tokens were refreshed
 * during the call; the caller must then store it in place of the one it sent.
 */
public record LibraryResult(List<LibraryItem> items, int total, String auth) {

    @Override
    public String toString() {
        return "LibraryResult[total=" + total + ", authRefreshed=" + (auth != null) + "]";
    }
}

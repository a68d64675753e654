package dev.shelfsync.tracker.audible;

import java.util.Set;

/** The Audible marketplaces (country codes) the adapter and the schema accept. */
public final class Marketplaces {

    public static final Set<String> CODES = Set.of("us", "uk", "de", "fr", "ca", "it", "au", "in", "jp", "es", "br");

    private Marketplaces() {
    }

    public static boolean isValid(String code) {
        return code != null && CODES.contains(code);
    }
}

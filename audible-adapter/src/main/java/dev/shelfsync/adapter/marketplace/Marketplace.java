package dev.shelfsync.adapter.marketplace;

import dev.shelfsync.adapter.error.InvalidRequestException;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Audible marketplaces (audible {@code localization.py}); country code, Amazon/Audible domain, marketplace id. */
public enum Marketplace {
    US("us", "com", "AF2M0KC94RCEA"),
    UK("uk", "co.uk", "A2I9A3Q2GNFNGQ"),
    DE("de", "de", "AN7V1F1VY261K"),
    FR("fr", "fr", "A2728XDNODOQ8T"),
    CA("ca", "ca", "A2CQZ5RBY40XE"),
    IT("it", "it", "A2N7FU2W2BU2ZC"),
    AU("au", "com.au", "AN7EY7DTAW63G"),
    IN("in", "in", "AJO3FBRUE6J4S"),
    JP("jp", "co.jp", "A1QAP3MOU4173J"),
    ES("es", "es", "ALMIKO4SZCSAR"),
    BR("br", "com.br", "A10J1VAYUDTYRN");

    private final String countryCode;
    private final String domain;
    private final String marketplaceId;

    Marketplace(String countryCode, String domain, String marketplaceId) {
        this.countryCode = countryCode;
        this.domain = domain;
        this.marketplaceId = marketplaceId;
    }

    /** Looks the marketplace up by country code, else by domain (as the reference client does). */
    public static Optional<Marketplace> find(String codeOrDomain) {
        if (codeOrDomain == null) {
            return Optional.empty();
        }
        String wanted = codeOrDomain.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.countryCode.equals(wanted)).findFirst()
                .or(() -> Arrays.stream(values()).filter(m -> m.domain.equals(wanted)).findFirst());
    }

    /** @throws InvalidRequestException naming {@code field} when the code is missing or unknown */
    public static Marketplace require(String countryCode, String field) {
        if (countryCode == null || countryCode.isBlank()) {
            throw InvalidRequestException.field(field, "is required (one of " + codes() + ")");
        }
        return find(countryCode).orElseThrow(() -> InvalidRequestException.field(field,
                "unknown country code '" + countryCode + "' (one of " + codes() + ")"));
    }

    private static String codes() {
        return String.join(", ", Arrays.stream(values()).map(Marketplace::countryCode).toList());
    }

    public String countryCode() {
        return countryCode;
    }

    public String domain() {
        return domain;
    }

    public String marketplaceId() {
        return marketplaceId;
    }
}

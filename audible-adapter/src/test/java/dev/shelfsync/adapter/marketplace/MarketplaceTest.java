package dev.shelfsync.adapter.marketplace;

import dev.shelfsync.adapter.error.InvalidRequestException;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MarketplaceTest {

    @Test
    void allElevenMarketplacesWithTheirIdsAndDomains() {
        Map<String, String> ids = Map.ofEntries(
                Map.entry("us", "com/AF2M0KC94RCEA"), Map.entry("uk", "co.uk/A2I9A3Q2GNFNGQ"),
                Map.entry("de", "de/AN7V1F1VY261K"), Map.entry("fr", "fr/A2728XDNODOQ8T"),
                Map.entry("ca", "ca/A2CQZ5RBY40XE"), Map.entry("it", "it/A2N7FU2W2BU2ZC"),
                Map.entry("au", "com.au/AN7EY7DTAW63G"), Map.entry("in", "in/AJO3FBRUE6J4S"),
                Map.entry("jp", "co.jp/A1QAP3MOU4173J"), Map.entry("es", "es/ALMIKO4SZCSAR"),
                Map.entry("br", "com.br/A10J1VAYUDTYRN"));
        assertEquals(11, Marketplace.values().length);
        ids.forEach((code, expected) -> {
            Marketplace m = Marketplace.require(code, "country_code");
            assertEquals(expected, m.domain() + "/" + m.marketplaceId(), code);
        });
        assertEquals(ids.keySet(), Map.copyOf(Arrays.stream(Marketplace.values())
                .collect(java.util.stream.Collectors.toMap(Marketplace::countryCode, m -> m))).keySet());
    }

    @Test
    void findsByDomainAndIgnoresCase() {
        assertEquals(Marketplace.UK, Marketplace.find("co.uk").orElseThrow());
        assertEquals(Marketplace.DE, Marketplace.find(" DE ").orElseThrow());
    }

    @Test
    void unknownOrMissingCodeIsABadRequestNamingTheField() {
        InvalidRequestException unknown = assertThrows(InvalidRequestException.class,
                () -> Marketplace.require("xx", "country_code"));
        assertEquals(400, unknown.status().getStatusCode());
        assertEquals(java.util.Set.of("country_code"), unknown.details().keySet());
        assertThrows(InvalidRequestException.class, () -> Marketplace.require(null, "country_code"));
    }
}

package dev.shelfsync.adapter.marketplace;

import dev.shelfsync.adapter.config.AudibleConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MarketplaceUrlsTest {

    @Test
    void defaultHostsFollowEachMarketplaceDomain() {
        MarketplaceUrls urls = new MarketplaceUrls(config(null, null, null));
        for (Marketplace m : Marketplace.values()) {
            assertEquals("https://www.amazon." + m.domain(), urls.amazon(m).toString());
            assertEquals("https://api.amazon." + m.domain(), urls.amazonApi(m).toString());
            assertEquals("https://api.audible." + m.domain(), urls.audibleApi(m).toString());
        }
        assertEquals("https://api.audible.in", urls.audibleApi(Marketplace.IN).toString());
        assertEquals("https://www.amazon.co.jp", urls.amazon(Marketplace.JP).toString());
    }

    @Test
    void configuredBaseUrlsReplaceTheHostForEveryMarketplace() {
        MarketplaceUrls urls = new MarketplaceUrls(config("http://127.0.0.1:1/", "http://127.0.0.1:2", "http://127.0.0.1:3"));
        for (Marketplace m : Marketplace.values()) {
            assertEquals("http://127.0.0.1:1", urls.amazon(m).toString());
            assertEquals("http://127.0.0.1:2", urls.amazonApi(m).toString());
            assertEquals("http://127.0.0.1:3", urls.audibleApi(m).toString());
        }
    }

    private static AudibleConfig config(String amazon, String amazonApi, String api) {
        return new AudibleConfig() {
            public Optional<String> apiSecret() { return Optional.empty(); }
            public Optional<List<String>> encryptionKeys() { return Optional.empty(); }
            public Optional<String> amazonUrl() { return Optional.ofNullable(amazon); }
            public Optional<String> amazonApiUrl() { return Optional.ofNullable(amazonApi); }
            public Optional<String> apiUrl() { return Optional.ofNullable(api); }
            public boolean signRequests() { return false; }
            public Duration loginStateTtl() { return Duration.ofHours(1); }
            public Duration tokenRefreshMargin() { return Duration.ofMinutes(1); }
            public Duration httpTimeout() { return Duration.ofSeconds(1); }
            public Duration maxRetryAfter() { return Duration.ofSeconds(1); }
            public int libraryPageSize() { return 1000; }
            public int maxSignInSteps() { return 10; }
        };
    }
}

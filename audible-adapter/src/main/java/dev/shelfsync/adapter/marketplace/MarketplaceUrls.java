package dev.shelfsync.adapter.marketplace;

import dev.shelfsync.adapter.config.AudibleConfig;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;

/**
 * Base URLs of one marketplace: the Amazon sign-in site, the Amazon auth API and the Audible API. A configured
 * base URL replaces the host for every marketplace (that is how the adapter is pointed at a stand-in server).
 */
@ApplicationScoped
public class MarketplaceUrls {

    private final AudibleConfig config;

    public MarketplaceUrls(AudibleConfig config) {
        this.config = config;
    }

    /** {@code https://www.amazon.{domain}}: sign-in pages and the OpenID return address. */
    public URI amazon(Marketplace marketplace) {
        return base(config.amazonUrl().orElse(null), "https://www.amazon." + marketplace.domain());
    }

    /** {@code https://api.amazon.{domain}}: device registration, token refresh, deregistration. */
    public URI amazonApi(Marketplace marketplace) {
        return base(config.amazonApiUrl().orElse(null), "https://api.amazon." + marketplace.domain());
    }

    /** {@code https://api.audible.{domain}}: library, positions, stats. */
    public URI audibleApi(Marketplace marketplace) {
        return base(config.apiUrl().orElse(null), "https://api.audible." + marketplace.domain());
    }

    private static URI base(String configured, String fallback) {
        String url = configured == null || configured.isBlank() ? fallback : configured.trim();
        return URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
    }
}

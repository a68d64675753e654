package dev.shelfsync.adapter.auth;

import dev.shelfsync.adapter.marketplace.Marketplace;
import dev.shelfsync.adapter.marketplace.MarketplaceUrls;
import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** The Amazon OpenID/OAuth sign-in URL for the Audible iOS app, used by both the browser and the password login. */
@ApplicationScoped
public class SignInUrls {

    private static final String IDENTIFIER_SELECT = "http://specs.openid.net/auth/2.0/identifier_select";

    private final MarketplaceUrls urls;

    public SignInUrls(MarketplaceUrls urls) {
        this.urls = urls;
    }

    public URI signIn(Marketplace marketplace, DeviceIdentity device, Pkce pkce) {
        String amazon = urls.amazon(marketplace).toString();
        Map<String, String> params = new LinkedHashMap<>();
        params.put("openid.oa2.response_type", "code");
        params.put("openid.oa2.code_challenge_method", "S256");
        params.put("openid.oa2.code_challenge", pkce.challenge());
        params.put("openid.return_to", amazon + "/ap/maplanding");
        params.put("openid.assoc_handle", "amzn_audible_ios_" + marketplace.countryCode());
        params.put("openid.identity", IDENTIFIER_SELECT);
        params.put("pageId", "amzn_audible_ios");
        params.put("accountStatusPolicy", "P1");
        params.put("openid.claimed_id", IDENTIFIER_SELECT);
        params.put("openid.mode", "checkid_setup");
        params.put("openid.ns.oa2", "http://www.amazon.com/ap/ext/oauth/2");
        params.put("openid.oa2.client_id", "device:" + device.clientId());
        params.put("openid.ns.pape", "http://specs.openid.net/extensions/pape/1.0");
        params.put("marketPlaceId", marketplace.marketplaceId());
        params.put("openid.oa2.scope", "device_auth_access");
        params.put("forceMobileLayout", "true");
        params.put("openid.ns", "http://specs.openid.net/auth/2.0");
        params.put("openid.pape.max_auth_age", "0");
        return URI.create(amazon + "/ap/signin?" + params.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&")));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}

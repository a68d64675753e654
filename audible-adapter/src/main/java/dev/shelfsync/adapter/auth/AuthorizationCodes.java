package dev.shelfsync.adapter.auth;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Finds {@code openid.oa2.authorization_code} in the maplanding URL Amazon redirects to after sign-in. */
public final class AuthorizationCodes {

    static final String PARAMETER = "openid.oa2.authorization_code";

    private AuthorizationCodes() {
    }

    /** The first non-empty, URL-decoded code in the URL's query, if any. */
    public static Optional<String> find(URI url) {
        String query = url.getRawQuery();
        if (query == null) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && PARAMETER.equals(decode(pair.substring(0, eq)))) {
                String code = decode(pair.substring(eq + 1));
                if (!code.isBlank()) {
                    return Optional.of(code);
                }
            }
        }
        return Optional.empty();
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}

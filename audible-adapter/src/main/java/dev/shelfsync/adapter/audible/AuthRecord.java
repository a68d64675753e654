package dev.shelfsync.adapter.audible;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

import java.time.Instant;
import java.util.Map;

/**
 * The auth record of a registered device, with the key names of the audible library's auth file so records move
 * freely between the Python tools and this adapter. {@code expires} is epoch seconds (a double).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuthRecord(
        @JsonAlias("login_cookies") Map<String, String> websiteCookies,
        String adpToken,
        String accessToken,
        String refreshToken,
        String devicePrivateKey,
        JsonNode storeAuthenticationCookie,
        JsonNode deviceInfo,
        JsonNode customerInfo,
        Double expires,
        String localeCode,
        Boolean withUsername,
        String activationBytes) {

    public AuthRecord withAccessToken(String token, Instant expiresAt) {
        return new AuthRecord(websiteCookies, adpToken, token, refreshToken, devicePrivateKey,
                storeAuthenticationCookie, deviceInfo, customerInfo, expiresAt.toEpochMilli() / 1000.0,
                localeCode, withUsername, activationBytes);
    }

    @JsonIgnore
    public Instant expiresAt() {
        return expires == null ? Instant.EPOCH : Instant.ofEpochMilli(Math.round(expires * 1000));
    }

    @JsonIgnore
    public String customerName() {
        return customerInfo == null ? null : customerInfo.path("name").asText(null);
    }

    @JsonIgnore
    public boolean canSign() {
        return adpToken != null && devicePrivateKey != null;
    }

    @Override
    public String toString() {
        return "AuthRecord[locale=" + localeCode + ", expires=" + expires + "]";
    }
}

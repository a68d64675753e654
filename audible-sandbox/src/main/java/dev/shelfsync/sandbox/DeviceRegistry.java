package dev.shelfsync.sandbox;

import java.security.KeyPair;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Registered devices and every token issued to them. */
final class DeviceRegistry {

    /** A newly registered device plus the secrets handed out once at registration. */
    record Registration(RegisteredDevice device, String privateKeyPem, AccessGrant accessGrant) {
    }

    record AccessGrant(String token, RegisteredDevice device, Instant expiresAt) {
    }

    enum TokenState { VALID, EXPIRED, UNKNOWN }

    record TokenCheck(TokenState state, RegisteredDevice device) {
    }

    private final Map<String, RegisteredDevice> byAdpToken = new ConcurrentHashMap<>();
    private final Map<String, RegisteredDevice> byRefreshToken = new ConcurrentHashMap<>();
    private final Map<String, AccessGrant> accessGrants = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration accessTokenTtl;

    DeviceRegistry(Clock clock, Duration accessTokenTtl) {
        this.clock = clock;
        this.accessTokenTtl = accessTokenTtl;
    }

    Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    Registration register(String serial, String deviceType, String deviceName) {
        return register(serial, deviceType, deviceName, DeviceKeys.generate(), SecureTokens.adpToken());
    }

    Registration register(String serial, String deviceType, String deviceName, KeyPair keys, String adpToken) {
        RegisteredDevice device = new RegisteredDevice(serial, deviceType, deviceName, keys.getPublic(),
                adpToken, SecureTokens.refreshToken());
        byAdpToken.put(device.adpToken(), device);
        byRefreshToken.put(device.refreshToken(), device);
        return new Registration(device, DeviceKeys.toPkcs1Pem(keys.getPrivate()), issueAccessToken(device));
    }

    /** A new access token for the device behind an active refresh token. */
    Optional<AccessGrant> refresh(String refreshToken) {
        RegisteredDevice device = refreshToken == null ? null : byRefreshToken.get(refreshToken);
        if (device == null || device.revoked()) {
            return Optional.empty();
        }
        return Optional.of(issueAccessToken(device));
    }

    Optional<RegisteredDevice> activeByAdpToken(String adpToken) {
        RegisteredDevice device = adpToken == null ? null : byAdpToken.get(adpToken);
        return device == null || device.revoked() ? Optional.empty() : Optional.of(device);
    }

    TokenCheck checkAccessToken(String token) {
        AccessGrant grant = token == null ? null : accessGrants.get(token);
        if (grant == null || grant.device().revoked()) {
            return new TokenCheck(TokenState.UNKNOWN, null);
        }
        if (!clock.instant().isBefore(grant.expiresAt())) {
            return new TokenCheck(TokenState.EXPIRED, grant.device());
        }
        return new TokenCheck(TokenState.VALID, grant.device());
    }

    void deregister(RegisteredDevice device) {
        device.revoke();
        accessGrants.values().removeIf(grant -> grant.device() == device);
    }

    void revokeAll() {
        byAdpToken.values().forEach(RegisteredDevice::revoke);
        accessGrants.clear();
    }

    /** Every access token issued so far is expired from now on; refresh tokens keep working. */
    void expireAccessTokens() {
        Instant past = clock.instant().minusSeconds(1);
        accessGrants.replaceAll((token, grant) -> new AccessGrant(token, grant.device(), past));
    }

    int activeDeviceCount() {
        return (int) byAdpToken.values().stream().filter(device -> !device.revoked()).count();
    }

    private AccessGrant issueAccessToken(RegisteredDevice device) {
        AccessGrant grant = new AccessGrant(SecureTokens.accessToken(), device, clock.instant().plus(accessTokenTtl));
        accessGrants.put(grant.token(), grant);
        return grant;
    }
}

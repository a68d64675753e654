package dev.shelfsync.sandbox;

import java.security.PublicKey;

/** One registered device: its identity, its signing key and its long-lived tokens. */
final class RegisteredDevice {

    private final String serial;
    private final String deviceType;
    private final String deviceName;
    private final PublicKey publicKey;
    private final String adpToken;
    private final String refreshToken;
    private volatile boolean revoked;

    RegisteredDevice(String serial, String deviceType, String deviceName, PublicKey publicKey,
                     String adpToken, String refreshToken) {
        this.serial = serial;
        this.deviceType = deviceType;
        this.deviceName = deviceName;
        this.publicKey = publicKey;
        this.adpToken = adpToken;
        this.refreshToken = refreshToken;
    }

    String serial() {
        return serial;
    }

    String deviceType() {
        return deviceType;
    }

    String deviceName() {
        return deviceName;
    }

    PublicKey publicKey() {
        return publicKey;
    }

    String adpToken() {
        return adpToken;
    }

    String refreshToken() {
        return refreshToken;
    }

    boolean revoked() {
        return revoked;
    }

    void revoke() {
        revoked = true;
    }
}

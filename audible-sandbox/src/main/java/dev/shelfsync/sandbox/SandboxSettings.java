package dev.shelfsync.sandbox;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * Configuration of one sandbox instance: the listening port, the single account it knows and where its
 * library comes from. {@code libraryFile} wins over {@code librarySize}; with neither the built-in demo
 * library is served.
 */
public record SandboxSettings(int port, String email, String password, String otpSecret, Duration accessTokenTtl,
                              String libraryFile, Integer librarySize, long librarySeed, String customerName) {

    public static final int DEFAULT_PORT = 9090;
    public static final String DEFAULT_EMAIL = "listener@example.com";
    public static final String DEFAULT_PASSWORD = "sandbox-password";
    public static final Duration DEFAULT_ACCESS_TOKEN_TTL = Duration.ofSeconds(3600);
    public static final long DEFAULT_LIBRARY_SEED = 42;
    public static final String DEFAULT_CUSTOMER_NAME = "Sandbox Listener";

    public SandboxSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port out of range: " + port);
        }
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(accessTokenTtl, "accessTokenTtl");
        Objects.requireNonNull(customerName, "customerName");
        if (accessTokenTtl.isNegative()) {
            throw new IllegalArgumentException("accessTokenTtl must not be negative");
        }
        if (librarySize != null && librarySize < 0) {
            throw new IllegalArgumentException("librarySize must not be negative");
        }
        otpSecret = blankToNull(otpSecret);
        libraryFile = blankToNull(libraryFile);
    }

    /** Port 0 (any free port), the default account, no OTP, the demo library. */
    public static SandboxSettings defaults() {
        return new SandboxSettings(0, DEFAULT_EMAIL, DEFAULT_PASSWORD, null, DEFAULT_ACCESS_TOKEN_TTL,
                null, null, DEFAULT_LIBRARY_SEED, DEFAULT_CUSTOMER_NAME);
    }

    /** Reads the {@code SANDBOX_*} environment variables; unset ones keep their defaults (port 9090). */
    public static SandboxSettings fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static SandboxSettings fromEnvironment(Map<String, String> env) {
        String size = blankToNull(env.get("SANDBOX_LIBRARY_SIZE"));
        String seed = blankToNull(env.get("SANDBOX_LIBRARY_SEED"));
        String ttl = blankToNull(env.get("SANDBOX_ACCESS_TOKEN_TTL_SECONDS"));
        String port = blankToNull(env.get("SANDBOX_PORT"));
        return new SandboxSettings(
                port == null ? DEFAULT_PORT : Integer.parseInt(port),
                env.getOrDefault("SANDBOX_EMAIL", DEFAULT_EMAIL),
                env.getOrDefault("SANDBOX_PASSWORD", DEFAULT_PASSWORD),
                env.get("SANDBOX_OTP_SECRET"),
                ttl == null ? DEFAULT_ACCESS_TOKEN_TTL : Duration.ofSeconds(Long.parseLong(ttl)),
                env.get("SANDBOX_LIBRARY_FILE"),
                size == null ? null : Integer.valueOf(size),
                seed == null ? DEFAULT_LIBRARY_SEED : Long.parseLong(seed),
                env.getOrDefault("SANDBOX_CUSTOMER_NAME", DEFAULT_CUSTOMER_NAME));
    }

    public SandboxSettings withPort(int port) {
        return new SandboxSettings(port, email, password, otpSecret, accessTokenTtl, libraryFile, librarySize, librarySeed, customerName);
    }

    public SandboxSettings withEmail(String email) {
        return new SandboxSettings(port, email, password, otpSecret, accessTokenTtl, libraryFile, librarySize, librarySeed, customerName);
    }

    public SandboxSettings withPassword(String password) {
        return new SandboxSettings(port, email, password, otpSecret, accessTokenTtl, libraryFile, librarySize, librarySeed, customerName);
    }

    public SandboxSettings withOtpSecret(String otpSecret) {
        return new SandboxSettings(port, email, password, otpSecret, accessTokenTtl, libraryFile, librarySize, librarySeed, customerName);
    }

    public SandboxSettings withAccessTokenTtl(Duration accessTokenTtl) {
        return new SandboxSettings(port, email, password, otpSecret, accessTokenTtl, libraryFile, librarySize, librarySeed, customerName);
    }

    public SandboxSettings withLibraryFile(String libraryFile) {
        return new SandboxSettings(port, email, password, otpSecret, accessTokenTtl, libraryFile, librarySize, librarySeed, customerName);
    }

    public SandboxSettings withLibrarySize(Integer librarySize) {
        return new SandboxSettings(port, email, password, otpSecret, accessTokenTtl, libraryFile, librarySize, librarySeed, customerName);
    }

    public SandboxSettings withLibrarySeed(long librarySeed) {
        return new SandboxSettings(port, email, password, otpSecret, accessTokenTtl, libraryFile, librarySize, librarySeed, customerName);
    }

    public SandboxSettings withCustomerName(String customerName) {
        return new SandboxSettings(port, email, password, otpSecret, accessTokenTtl, libraryFile, librarySize, librarySeed, customerName);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

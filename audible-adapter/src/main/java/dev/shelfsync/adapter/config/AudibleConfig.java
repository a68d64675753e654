package dev.shelfsync.adapter.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Everything the adapter needs to reach Audible and to protect the tokens it hands out. */
@ConfigMapping(prefix = "audible")
public interface AudibleConfig {

    /** Shared secret callers send in {@code X-API-Secret} (env {@code AUDIBLE_API_SECRET}); required outside dev/test. */
    Optional<String> apiSecret();

    /** Fernet keys, comma-separated (env {@code AUDIBLE_ENCRYPTION_KEYS}); the first encrypts, all decrypt. */
    Optional<List<String>> encryptionKeys();

    /** Replaces {@code https://www.amazon.{domain}} for every marketplace (env {@code AUDIBLE_AMAZON_URL}). */
    Optional<String> amazonUrl();

    /** Replaces {@code https://api.amazon.{domain}} for every marketplace (env {@code AUDIBLE_AMAZON_API_URL}). */
    Optional<String> amazonApiUrl();

    /** Replaces {@code https://api.audible.{domain}} for every marketplace (env {@code AUDIBLE_API_URL}). */
    Optional<String> apiUrl();

    /**
     * Sign {@code /1.0} calls with the device key (the Python client's default) instead of sending the access token
     * in {@code x-amz-access-token} (the Rust client's default). Both are accepted by Audible.
     */
    @WithDefault("false")
    boolean signRequests();

    /** How long a login state from {@code /api/auth/login-url} may be used. */
    @WithDefault("1H")
    Duration loginStateTtl();

    /** Refresh the access token this long before it expires. */
    @WithDefault("60S")
    Duration tokenRefreshMargin();

    /** Connect and read timeout of every call to Amazon/Audible. */
    @WithDefault("20S")
    Duration httpTimeout();

    /** Longest {@code Retry-After} the adapter waits for between retries; longer waits go back to the caller. */
    @WithDefault("30S")
    Duration maxRetryAfter();

    /** Titles per library page; Audible caps this at 1000. */
    @WithDefault("1000")
    int libraryPageSize();

    /** Most challenge pages the password login answers before giving up. */
    @WithDefault("10")
    int maxSignInSteps();
}

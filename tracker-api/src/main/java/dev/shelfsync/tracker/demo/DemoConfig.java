package dev.shelfsync.tracker.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.Optional;

/** A ready-to-try demo user connected to the sandbox Audible account (never enable against real Audible). */
@ConfigMapping(prefix = "shelfsync.demo")
public interface DemoConfig {

    /** Create the demo user, its books and its sandbox connection at startup (env {@code SHELFSYNC_DEMO}). */
    @WithDefault("false")
    boolean enabled();

    /** The demo user's API key (env {@code SHELFSYNC_DEMO_API_KEY}); without it a random key is printed once. */
    Optional<String> apiKey();

    /** The sandbox account's e-mail: a throwaway sandbox value, not a real account. */
    @WithDefault("listener@example.com")
    String audibleEmail();

    /** The sandbox account's password: a throwaway sandbox value, not a real secret. */
    @WithDefault("sandbox-password")
    String audiblePassword();

    /** The sandbox marketplace. */
    @WithDefault("us")
    String countryCode();
}

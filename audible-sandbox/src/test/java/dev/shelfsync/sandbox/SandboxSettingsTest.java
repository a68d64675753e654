package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxSettingsTest {

    @Test
    void environmentOverridesDefaults() {
        SandboxSettings settings = SandboxSettings.fromEnvironment(Map.of(
                "SANDBOX_PORT", "9191", "SANDBOX_EMAIL", "a@b.c", "SANDBOX_OTP_SECRET", "JBSWY3DPEHPK3PXP",
                "SANDBOX_ACCESS_TOKEN_TTL_SECONDS", "60", "SANDBOX_LIBRARY_SIZE", "10000", "SANDBOX_CUSTOMER_NAME", "Kim"));
        assertEquals(9191, settings.port());
        assertEquals("a@b.c", settings.email());
        assertEquals(SandboxSettings.DEFAULT_PASSWORD, settings.password());
        assertEquals("JBSWY3DPEHPK3PXP", settings.otpSecret());
        assertEquals(Duration.ofSeconds(60), settings.accessTokenTtl());
        assertEquals(10000, settings.librarySize());
        assertEquals(42, settings.librarySeed());
        assertEquals("Kim", settings.customerName());
    }

    @Test
    void emptyEnvironmentGivesPort9090AndTheDemoLibrary() {
        SandboxSettings settings = SandboxSettings.fromEnvironment(Map.of("SANDBOX_OTP_SECRET", " "));
        assertEquals(9090, settings.port());
        assertNull(settings.otpSecret());
        assertNull(settings.librarySize());
        assertNull(settings.libraryFile());
        assertEquals(0, SandboxSettings.defaults().port());
        assertEquals(12, LibrarySources.initial(SandboxSettings.defaults()).size());
        assertEquals(25, LibrarySources.initial(SandboxSettings.defaults().withLibrarySize(25)).size());
    }
}

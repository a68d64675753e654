package dev.shelfsync.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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

    @Test
    void libraryFileWinsOverSizeAndIsValidated(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("library.json");
        Files.writeString(file, "[{\"asin\":\"B0FILE0001\",\"title\":\"From A File\"},{\"asin\":\"B0FILE0002\"}]");
        SandboxSettings settings = SandboxSettings.defaults().withLibraryFile(file.toString()).withLibrarySize(500);
        assertEquals(2, LibrarySources.initial(settings).size());
        assertEquals("From A File", LibrarySources.initial(settings).get(0).path("title").asText());

        Files.writeString(file, "[{\"title\":\"no asin\"}]");
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> LibrarySources.initial(settings));
    }
}

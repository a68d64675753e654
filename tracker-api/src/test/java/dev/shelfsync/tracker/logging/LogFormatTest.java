package dev.shelfsync.tracker.logging;

import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
class LogFormatTest {

    @Test
    void logsArePlainTextUnlessShelfsyncLogJsonIsSet() {
        var json = ConfigProvider.getConfig().getConfigValue("quarkus.log.console.json.enabled");
        assertEquals("false", json.getValue());
        assertTrue(json.getRawValue().contains("SHELFSYNC_LOG_JSON"), json.getRawValue());
    }
}

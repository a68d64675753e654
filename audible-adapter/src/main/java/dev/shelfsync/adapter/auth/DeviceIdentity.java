package dev.shelfsync.adapter.auth;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;

/** The identity of the "Audible for iPhone" device we register: a serial and the client id derived from it. */
public record DeviceIdentity(String serial) {

    public static final String DEVICE_TYPE = "A2CZJZGLK2JJVM";

    public static DeviceIdentity newDevice() {
        return new DeviceIdentity(UUID.randomUUID().toString().replace("-", "").toUpperCase(Locale.ROOT));
    }

    /** Lower-case hex of {@code SERIAL#A2CZJZGLK2JJVM}. */
    public String clientId() {
        return HexFormat.of().formatHex((serial + "#" + DEVICE_TYPE).getBytes(StandardCharsets.US_ASCII));
    }
}

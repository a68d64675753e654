package dev.shelfsync.adapter.support;

import dev.shelfsync.sandbox.AudibleSandbox;
import dev.shelfsync.sandbox.SandboxSettings;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.Map;

/**
 * One Audible sandbox for the whole test run (2-step verification on), with every Amazon/Audible base URL of the
 * adapter pointed at it. Tests reach it through {@link #sandbox()}.
 */
public class SandboxResource implements QuarkusTestResourceLifecycleManager {

    public static final String OTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    private static AudibleSandbox sandbox;

    public static synchronized AudibleSandbox sandbox() {
        if (sandbox == null) {
            sandbox = AudibleSandbox.start(SandboxSettings.defaults().withOtpSecret(OTP_SECRET));
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close));
        }
        return sandbox;
    }

    @Override
    public Map<String, String> start() {
        String url = sandbox().baseUrl();
        return Map.of("audible.amazon-url", url, "audible.amazon-api-url", url, "audible.api-url", url);
    }

    @Override
    public void stop() {
        // the sandbox lives for the whole run; the shutdown hook closes it
    }
}

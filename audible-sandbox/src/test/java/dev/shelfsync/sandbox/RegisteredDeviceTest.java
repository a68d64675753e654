package dev.shelfsync.sandbox;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** Tests that call the API of one sandbox, per test class, through a device signed in and registered once. */
abstract class RegisteredDeviceTest {

    static AudibleSandbox sandbox;
    static SandboxTestClient client;
    static SandboxTestClient.Device device;

    @BeforeAll
    static void startAndRegister() throws Exception {
        sandbox = AudibleSandbox.start(SandboxSettings.defaults());
        client = new SandboxTestClient(sandbox);
        device = client.signInAndRegister(sandbox.settings());
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }
}

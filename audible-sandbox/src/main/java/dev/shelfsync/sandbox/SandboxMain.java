package dev.shelfsync.sandbox;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.CountDownLatch;

/** Runs the sandbox as a process: configured by {@code SANDBOX_*} variables, stopped by Ctrl-C / SIGTERM. */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws UnknownHostException, InterruptedException {
        SandboxSettings settings = SandboxSettings.fromEnvironment();
        String bind = System.getenv().getOrDefault("SANDBOX_BIND_ADDRESS", "127.0.0.1");
        AudibleSandbox sandbox = AudibleSandbox.start(settings, InetAddress.getByName(bind));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }, "audible-sandbox-shutdown"));

        // Sandbox-only throwaway credentials: printing them is the point.
        System.out.println("Audible sandbox listening on " + sandbox.baseUrl()
                + (bind.equals("127.0.0.1") ? "" : " (bound to " + bind + ")"));
        System.out.println("  sign-in:   " + sandbox.baseUrl() + "/ap/signin   (Amazon sign-in host)");
        System.out.println("  auth API:  " + sandbox.baseUrl() + "/auth/...    (api.amazon host)");
        System.out.println("  Audible:   " + sandbox.baseUrl() + "/1.0/...     (api.audible host)");
        System.out.println("  e-mail:    " + settings.email());
        System.out.println("  password:  " + settings.password());
        System.out.println("  OTP secret: " + (settings.otpSecret() == null ? "(none, no OTP step)" : settings.otpSecret()));
        System.out.println("  library:   " + sandbox.librarySize() + " titles");
        stopped.await();
    }
}

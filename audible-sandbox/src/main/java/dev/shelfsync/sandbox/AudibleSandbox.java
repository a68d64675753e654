package dev.shelfsync.sandbox;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local stand-in for Amazon sign-in, the Amazon auth API and the Audible API, all on one origin. Tests start it
 * in-process, point the adapter's base URLs at {@link #baseUrl()} and steer it through this API (or the
 * {@code /__sandbox/*} HTTP endpoints).
 */
public final class AudibleSandbox implements AutoCloseable {

    /** The text shown in the CAPTCHA image, i.e. the accepted {@code guess} (case-insensitive). */
    public static final String CAPTCHA_SOLUTION = "kq7wpx";
    /** The code the CVF page pretends to have sent by e-mail. */
    public static final String CVF_CODE = "246810";

    private static final int THREADS = 16;

    private final SandboxSettings settings;
    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final SandboxFaults faults = new SandboxFaults();
    private final RequestCounters counters = new RequestCounters();
    private final AtomicReference<SignInChallenge> challenge = new AtomicReference<>(SignInChallenge.NONE);
    private final LibraryStore library = new LibraryStore();
    private final DeviceRegistry devices;

    private AudibleSandbox(SandboxSettings settings, InetAddress bindAddress) throws IOException {
        this.settings = settings;
        Clock clock = Clock.systemUTC();
        SandboxAccount account = new SandboxAccount(settings);
        this.devices = new DeviceRegistry(clock, settings.accessTokenTtl());
        library.replace(LibrarySources.initial(settings));

        this.server = HttpServer.create(new InetSocketAddress(bindAddress, settings.port()), 128);
        String host = bindAddress.isAnyLocalAddress() ? "127.0.0.1" : bindAddress.getHostAddress();
        this.baseUrl = "http://" + host + ":" + server.getAddress().getPort();

        AuthorizationCodes codes = new AuthorizationCodes(clock);
        ApiAuthenticator authenticator = new ApiAuthenticator(new RequestSignatureVerifier(devices, clock), devices);
        RequestDispatcher dispatcher = new RequestDispatcher(counters, faults);
        new SignInHandler(account, new SignInSessions(), codes, challenge::get, () -> baseUrl, clock).register(dispatcher);
        new RegistrationHandler(account, codes, devices, clock).register(dispatcher);
        new TokenHandler(devices).register(dispatcher);
        new DeregistrationHandler(devices).register(dispatcher);
        new LibraryHandler(library).register(dispatcher, authenticator);
        new ProgressHandler(library, clock).register(dispatcher, authenticator);
        new ControlHandler(this).register(dispatcher);

        server.createContext("/", dispatcher);
        this.executor = Executors.newFixedThreadPool(THREADS, daemonThreads());
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a sandbox on 127.0.0.1; port 0 picks any free port. */
    public static AudibleSandbox start(SandboxSettings settings) {
        return start(settings, InetAddress.getLoopbackAddress());
    }

    static AudibleSandbox start(SandboxSettings settings, InetAddress bindAddress) {
        Objects.requireNonNull(settings, "settings");
        try {
            return new AudibleSandbox(settings, bindAddress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the Audible sandbox on port " + settings.port(), e);
        }
    }

    /** {@code http://127.0.0.1:<port>}, serving the sign-in, auth and API paths alike. */
    public String baseUrl() {
        return baseUrl;
    }

    public SandboxSettings settings() {
        return settings;
    }

    public SandboxFaults faults() {
        return faults;
    }

    /** Requests received whose path starts with {@code pathPrefix} since the last reset (failed ones included). */
    public int requestCount(String pathPrefix) {
        return counters.countWithPrefix(pathPrefix);
    }

    public void resetCounters() {
        counters.reset();
    }

    /** Every access token issued so far stops working (401); refresh tokens and signing keep working. */
    public void expireAccessTokens() {
        devices.expireAccessTokens();
    }

    /** Deregisters every device: refresh tokens, ADP tokens and access tokens stop working. */
    public void revokeDevices() {
        devices.revokeAll();
    }

    public void setChallenge(SignInChallenge challenge) {
        this.challenge.set(Objects.requireNonNull(challenge, "challenge"));
    }

    /** Replaces the library with these items (Audible {@code /1.0/library} item format, each with an asin). */
    public void setLibrary(List<ObjectNode> items) {
        library.replace(LibrarySources.checked(List.copyOf(items)));
    }

    /** Replaces the library with {@code size} generated titles; the same seed gives the same library. */
    public void generateLibrary(int size, long seed) {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        library.replace(LibraryGenerator.generate(size, seed));
    }

    /** The current library items (deep copies, so callers may change them and pass them to setLibrary). */
    public List<ObjectNode> libraryItems() {
        return library.current().items().stream().map(ObjectNode::deepCopy).toList();
    }

    public int registeredDeviceCount() {
        return devices.activeDeviceCount();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    SignInChallenge challenge() {
        return challenge.get();
    }

    Map<String, Integer> requestCounts() {
        return counters.snapshot();
    }

    int librarySize() {
        return library.current().items().size();
    }

    /** Clears counters and injected faults and turns the sign-in challenge off; devices and library stay. */
    void reset() {
        counters.reset();
        faults.clear();
        challenge.set(SignInChallenge.NONE);
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "audible-sandbox-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}

package dev.shelfsync.benchmark;

import dev.shelfsync.sandbox.AudibleSandbox;
import dev.shelfsync.sandbox.SandboxSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the real services (adapter and tracker-api from their built jars, the sandbox in-process, one embedded
 * PostgreSQL) and measures syncs of growing libraries and two instances sharing the work. Prints a table beside
 * the seed design's estimates and writes the figures as JSON.
 *
 * <pre>./bench.sh [--sizes 100,1000,10000] [--books-per-title 5] [--users 200] [--seed 42] [--out bench-results]</pre>
 */
public final class BenchmarkMain {

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Path out = Files.createDirectories(options.outputDirectory());
        Path work = Files.createTempDirectory("shelfsync-bench");
        String apiSecret = randomSecret();
        String cronSecret = randomSecret();

        Map<String, Object> results = new LinkedHashMap<>();
        results.put("started_at", Instant.now().toString());
        results.put("machine", Map.of("cores", Runtime.getRuntime().availableProcessors(),
                "java", System.getProperty("java.version"), "os", System.getProperty("os.name")));

        try (TrackerDatabase db = TrackerDatabase.start(work.resolve("postgres"));
             AudibleSandbox sandbox = AudibleSandbox.start(SandboxSettings.defaults());
             ServiceProcess adapter = ServiceProcess.start("adapter", options.adapterJar(), options.adapterJvmOptions(),
                     adapterEnvironment(sandbox, apiSecret), out);
             ServiceProcess tracker = ServiceProcess.start("tracker-api", options.trackerJar(), options.trackerJvmOptions(),
                     trackerEnvironment(db, adapter, apiSecret, cronSecret), out)) {
            log("services up: adapter %s, tracker-api %s, sandbox %s", adapter.baseUrl(), tracker.baseUrl(),
                    sandbox.baseUrl());
            String authBlob = connectThroughTracker(db, sandbox, tracker);

            List<Map<String, Object>> syncs = new ArrayList<>();
            SyncScenario scenario = new SyncScenario(db, sandbox, adapter, tracker, authBlob);
            for (int size : options.sizes()) {
                log("library of %,d titles against %,d books...", size, size * options.booksPerTitle());
                syncs.add(scenario.run(size, options.booksPerTitle(), options.seed()));
            }
            results.put("syncs", syncs);

            if (options.users() > 0) {
                log("two instances, cron for %d users...", options.users());
                try (ServiceProcess second = ServiceProcess.start("tracker-api-2", options.trackerJar(), options.trackerJvmOptions(),
                        trackerEnvironment(db, adapter, apiSecret, cronSecret), out)) {
                    results.put("multi_instance", new MultiInstanceScenario(db, sandbox, List.of(tracker, second),
                            cronSecret, authBlob).run(options.users(), 20, options.seed()));
                }
            }
        }

        Path json = out.resolve("benchmark.json");
        Http.JSON.writerWithDefaultPrettyPrinter().writeValue(json.toFile(), results);
        System.out.println(BenchmarkReport.table(results));
        System.out.println("Figures written to " + json + "; service logs beside it.");
    }

    /** Connects one user through the tracker's own route (password login against the sandbox). */
    private static String connectThroughTracker(TrackerDatabase db, AudibleSandbox sandbox, ServiceProcess tracker)
            throws Exception {
        String apiKey = "ss_bench_owner";
        long userId = db.createConnectedUser("owner@shelfsync.local", apiKey, null);
        Http.post(tracker.baseUrl() + "/api/audible/auth", apiKey, Map.of(
                        "email", sandbox.settings().email(),
                        "password", sandbox.settings().password(),
                        "country_code", "us"))
                .expect(200, "connect");
        return db.authBlobOf(userId);
    }

    private static Map<String, String> adapterEnvironment(AudibleSandbox sandbox, String apiSecret) {
        return Map.of(
                "AUDIBLE_API_SECRET", apiSecret,
                "AUDIBLE_ENCRYPTION_KEYS", randomSecret(),
                "AUDIBLE_AMAZON_URL", sandbox.baseUrl(),
                "AUDIBLE_AMAZON_API_URL", sandbox.baseUrl(),
                "AUDIBLE_API_URL", sandbox.baseUrl());
    }

    private static Map<String, String> trackerEnvironment(TrackerDatabase db, ServiceProcess adapter,
                                                          String apiSecret, String cronSecret) {
        return Map.of(
                "QUARKUS_DATASOURCE_JDBC_URL", db.jdbcUrl(),
                "QUARKUS_DATASOURCE_USERNAME", "postgres",
                "QUARKUS_DATASOURCE_PASSWORD", "postgres",
                "AUDIBLE_SERVICE_URL", adapter.baseUrl(),
                "AUDIBLE_API_SECRET", apiSecret,
                "CRON_SECRET", cronSecret,
                "SHELFSYNC_SCHEDULER_ENABLED", "false",
                "SHELFSYNC_DEMO", "false");
    }

    /** 32 random bytes, URL-safe base64: valid as a Fernet key and as a shared secret. */
    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }

    static void log(String format, Object... args) {
        System.out.printf("[bench] " + format + "%n", args);
    }
}

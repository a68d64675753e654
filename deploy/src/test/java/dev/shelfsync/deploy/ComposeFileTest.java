package dev.shelfsync.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** docker-compose.yml against the Dockerfiles, the services' own configuration and .env.example. */
class ComposeFileTest {

    private static final Pattern INTERPOLATION = Pattern.compile("(?<!\\$)\\$\\{([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern SERVICE_URL = Pattern.compile("^https?://([\\w-]+):(\\d+)(?:/.*)?$");
    private static final Pattern HEALTH_URL_PORT = Pattern.compile("https?://[\\w.-]+:(\\d+)/health");
    private static final Pattern ENV_EXAMPLE_ENTRY = Pattern.compile("(?m)^#?\\s*([A-Z][A-Z0-9_]*)=");
    private static final Pattern POSTGRES_BINARIES = Pattern.compile("<postgres\\.binaries\\.version>(\\d+)\\.");

    private final Compose compose = new Compose();
    private final String envExample = Repo.read(".env.example");

    @Test
    void hasTheExpectedServices() {
        assertTrue(compose.serviceNames().containsAll(List.of("postgres", "adapter", "tracker-api", "cron")),
                "services: " + compose.serviceNames());
    }

    @Test
    void everyServiceHasAnImageOrABuildWithAnExistingDockerfile() {
        for (String service : compose.serviceNames()) {
            JsonNode node = compose.service(service);
            assertTrue(node.has("image") || node.has("build"), service + " has neither image nor build");
            compose.dockerfile(service).ifPresent(d ->
                    assertTrue(Repo.exists(d), service + ": Dockerfile " + d + " does not exist"));
            if (node.has("build")) {
                assertEquals(".", node.path("build").path("context").asText("."),
                        service + ": the build context must be the repository root");
            }
        }
    }

    @Test
    void postgresIsTheSameMajorAsTheEmbeddedBinariesAndKeepsItsDataInANamedVolume() {
        Matcher binaries = POSTGRES_BINARIES.matcher(Repo.read("pom.xml"));
        assertTrue(binaries.find(), "postgres.binaries.version not found in the root pom");
        String image = compose.service("postgres").path("image").asText();
        assertTrue(image.startsWith("postgres:" + binaries.group(1) + "-") || image.equals("postgres:" + binaries.group(1)),
                "postgres image " + image + " is not major " + binaries.group(1));
        JsonNode volumes = compose.service("postgres").path("volumes");
        assertTrue(volumes.isArray() && !volumes.isEmpty(), "postgres has no volume");
        String volume = volumes.get(0).asText().split(":")[0];
        assertTrue(compose.root.path("volumes").has(volume), "volume " + volume + " is not a named volume");
        assertTrue(volumes.get(0).asText().endsWith(":/var/lib/postgresql/data"), "volume not on the data directory");
    }

    @Test
    void postgresAdapterAndTrackerApiHaveHealthchecks() {
        assertTrue(compose.healthcheck("postgres").contains("pg_isready"), "postgres healthcheck: pg_isready");
        for (String service : List.of("adapter", "tracker-api")) {
            assertTrue(compose.healthcheck(service).contains("/health"), service + " healthcheck must call /health");
        }
    }

    @Test
    void servicesWaitForHealthyDependencies() {
        for (String service : compose.serviceNames()) {
            JsonNode dependsOn = compose.service(service).path("depends_on");
            if (dependsOn.isArray()) {
                fail(service + ": depends_on must use condition: service_healthy, not a plain list");
            }
            dependsOn.fields().forEachRemaining(d -> assertEquals("service_healthy",
                    d.getValue().path("condition").asText(), service + " -> " + d.getKey()));
        }
        JsonNode trackerDeps = compose.service("tracker-api").path("depends_on");
        assertTrue(trackerDeps.has("postgres") && trackerDeps.has("adapter"), "tracker-api depends on postgres and adapter");
    }

    @Test
    void trackerApiUsesTheComposeDatabaseAndAdapterAndLeavesSchedulingToTheCron() {
        Map<String, String> env = compose.environment("tracker-api");
        assertEquals("jdbc:postgresql://postgres:5432/shelfsync", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("http://adapter:5000", env.get("AUDIBLE_SERVICE_URL"));
        assertEquals("false", env.get("SHELFSYNC_SCHEDULER_ENABLED"));
        assertEquals("shelfsync", compose.environment("postgres").get("POSTGRES_DB"));
    }

    @Test
    void cronRunsOnlyOnDemandAndReachesTheTrackerApi() {
        JsonNode cron = compose.service("cron");
        assertTrue(cron.path("profiles").toString().contains("cron"), "cron must sit in profile 'cron'");
        Map<String, String> env = compose.environment("cron");
        assertTrue(env.containsKey("CRON_SECRET") && env.containsKey("TRACKER_API_URL"), "cron env: " + env.keySet());
        String script = Repo.read("deploy/cron/audible-sync-cron.sh");
        for (String name : env.keySet()) {
            assertTrue(script.contains("${" + name), "cron sets " + name + " but the script does not read it");
            assertTrue(mentionedInEnvExample(name), name + " missing from .env.example");
        }
    }

    @Test
    void secretsFailLoudlyWhenMissing() {
        for (String service : compose.serviceNames()) {
            compose.environment(service).forEach((name, value) -> {
                if (name.endsWith("SECRET") || name.endsWith("_KEYS") || name.endsWith("PASSWORD")) {
                    assertTrue(value.matches("\\$\\{\\w+:\\?.+}"), service + "." + name
                            + " must be ${VAR:?message} so a missing secret stops compose, is: " + value);
                }
            });
        }
    }

    @Test
    void everyInterpolatedVariableIsDocumentedInEnvExample() {
        Set<String> missing = new LinkedHashSet<>();
        for (String name : Repo.all(INTERPOLATION, Repo.read(Compose.FILE))) {
            if (!mentionedInEnvExample(name)) {
                missing.add(name);
            }
        }
        assertTrue(missing.isEmpty(), "not in .env.example: " + missing);
    }

    @Test
    void serviceUrlsPointAtTheTargetServicesPorts() {
        for (String service : compose.serviceNames()) {
            compose.environment(service).forEach((name, value) -> {
                Matcher url = SERVICE_URL.matcher(value);
                if (url.matches() && compose.serviceNames().contains(url.group(1))) {
                    assertTrue(compose.containerPorts(url.group(1)).contains(Integer.parseInt(url.group(2))),
                            service + "." + name + "=" + value + " but " + url.group(1) + " listens on "
                                    + compose.containerPorts(url.group(1)));
                }
            });
        }
    }

    /** Per Quarkus service: compose port, Dockerfile EXPOSE, healthcheck port and the module's default agree. */
    @TestFactory
    Stream<DynamicTest> portsAgree() {
        return quarkusServices().stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            String module = compose.mavenModule(service).orElseThrow();
            Dockerfile runtime = Dockerfile.parse(compose.dockerfile(service).orElseThrow()).finalStage();
            List<Integer> exposed = runtime.all("EXPOSE").stream().map(e -> Integer.parseInt(e.split("[/\\s]")[0])).toList();
            assertEquals(1, exposed.size(), service + ": one EXPOSE expected, got " + exposed);
            int port = exposed.get(0);
            assertEquals(List.of(port), compose.containerPorts(service), service + ": compose ports vs EXPOSE");
            Matcher health = HEALTH_URL_PORT.matcher(compose.healthcheck(service));
            assertTrue(health.find(), service + ": healthcheck URL with a port expected");
            assertEquals(port, Integer.parseInt(health.group(1)), service + ": healthcheck port");
            var declared = new ModuleConfig(module).defaultHttpPort();
            assumeTrue(declared.isPresent(), () -> report(module
                    + " declares no quarkus.http.port=${PORT:...} in application.properties yet; EXPOSE " + port + " unchecked"));
            assertEquals(port, declared.get().intValue(), service + ": EXPOSE vs " + module + "'s quarkus.http.port default");
        }));
    }

    /** Per Quarkus service: each variable compose sets is read by the module and documented in .env.example. */
    @TestFactory
    Stream<DynamicTest> environmentMatchesTheModulesConfiguration() {
        return quarkusServices().stream().map(service -> DynamicTest.dynamicTest(service, () -> {
            ModuleConfig config = new ModuleConfig(compose.mavenModule(service).orElseThrow());
            List<String> unknown = new ArrayList<>();
            List<String> undocumented = new ArrayList<>();
            for (String name : compose.environment(service).keySet()) {
                if (!config.reads(name)) {
                    unknown.add(name);
                }
                if (!mentionedInEnvExample(name)) {
                    undocumented.add(name);
                }
            }
            assertTrue(unknown.isEmpty() && undocumented.isEmpty(), service + " (" + config.module
                    + "): no configuration property for " + unknown + ", not in .env.example: " + undocumented
                    + "; the module reads " + config.propertyNames + " " + config.envNames);
        }));
    }

    /** Every name .env.example documents is read by a service, the cron script or docker-compose.yml. */
    @Test
    void envExampleDocumentsOnlyNamesSomethingReads() {
        List<ModuleConfig> modules = Stream.of("audible-adapter", "tracker-api").map(ModuleConfig::new).toList();
        String readers = Repo.read("deploy/cron/audible-sync-cron.sh") + Repo.read(Compose.FILE);
        List<String> unread = new ArrayList<>();
        for (String name : Repo.all(ENV_EXAMPLE_ENTRY, envExample)) {
            if (modules.stream().noneMatch(m -> m.reads(name)) && !readers.contains("${" + name)) {
                unread.add(name);
            }
        }
        assertTrue(unread.isEmpty(), ".env.example documents names nothing reads: " + unread);
    }

    @Test
    void noServiceRunsTheAudibleSandbox() {
        for (String service : compose.serviceNames()) {
            assertFalse(compose.mavenModule(service).orElse("").equals("audible-sandbox"), service);
            assertFalse(compose.environment(service).containsKey("AUDIBLE_API_URL"), service + " points at a sandbox");
        }
    }

    private List<String> quarkusServices() {
        return compose.serviceNames().stream().filter(s -> compose.mavenModule(s).isPresent()).toList();
    }

    private boolean mentionedInEnvExample(String name) {
        return Pattern.compile("(?m)^#?\\s*" + Pattern.quote(name) + "=").matcher(envExample).find();
    }

    static String report(String reason) {
        System.out.println("[deploy] skipped: " + reason);
        return reason;
    }
}

package dev.shelfsync.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Railway config-as-code (deploy/railway/*.json) and the Vercel cron example. */
class PlatformConfigTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String HOURLY = "0 * * * *";

    static List<String> railwayFiles() throws IOException {
        try (Stream<Path> files = Files.list(Repo.path("deploy/railway"))) {
            return files.filter(f -> f.toString().endsWith(".json"))
                    .map(f -> "deploy/railway/" + f.getFileName()).sorted().toList();
        }
    }

    static JsonNode json(String file) throws IOException {
        return JSON.readTree(Repo.read(file));
    }

    @Test
    void oneRailwayFilePerService() throws IOException {
        assertEquals(List.of("deploy/railway/adapter.json", "deploy/railway/cron.json", "deploy/railway/tracker-api.json"),
                railwayFiles());
    }

    @TestFactory
    Stream<DynamicTest> railwayBuildsFromAnExistingDockerfile() throws IOException {
        return railwayFiles().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            JsonNode config = json(file);
            assertEquals("https://railway.com/railway.schema.json", config.path("$schema").asText(), file + ": $schema");
            assertEquals("DOCKERFILE", config.path("build").path("builder").asText(), file + ": builder");
            String dockerfile = config.path("build").path("dockerfilePath").asText();
            assertTrue(!dockerfile.isEmpty() && Repo.exists(dockerfile), file + ": dockerfilePath " + dockerfile);
        }));
    }

    @TestFactory
    Stream<DynamicTest> railwayServicesCheckTheirHealthRoute() {
        return Stream.of("adapter", "tracker-api").map(name -> DynamicTest.dynamicTest(name, () -> {
            String file = "deploy/railway/" + name + ".json";
            JsonNode deploy = json(file).path("deploy");
            assertEquals("/health", deploy.path("healthcheckPath").asText(), file + ": healthcheckPath");
            assertEquals("ON_FAILURE", deploy.path("restartPolicyType").asText(), file + ": restartPolicyType");
            assertTrue(deploy.path("restartPolicyMaxRetries").asInt() > 0, file + ": restartPolicyMaxRetries");
            assertFalse(deploy.has("cronSchedule"), file + ": a long-running service has no cronSchedule");
            String dockerfile = json(file).path("build").path("dockerfilePath").asText();
            String module = Dockerfile.parse(dockerfile).projectList().iterator().next();
            assumeTrue(new ModuleConfig(module).hasRoute("/health"), () -> ComposeFileTest.report(module
                    + " has no @Path(\"/health\") resource yet; Railway's healthcheckPath /health would fail"));
        }));
    }

    @TestFactory
    Stream<DynamicTest> railwayRebuildsWhenAnythingItsImageCopiesChanges() {
        return Stream.of("adapter", "tracker-api").map(name -> DynamicTest.dynamicTest(name, () -> {
            String file = "deploy/railway/" + name + ".json";
            JsonNode build = json(file).path("build");
            List<String> patterns = new ArrayList<>();
            build.path("watchPatterns").forEach(p -> patterns.add(p.asText()));
            for (Dockerfile.Copy copy : Dockerfile.parse(build.path("dockerfilePath").asText()).copies()) {
                if (copy.fromStage() != null) {
                    continue;
                }
                for (String source : copy.sources()) {
                    boolean watched = patterns.stream().anyMatch(
                            p -> FileSystems.getDefault().getPathMatcher("glob:" + p).matches(Path.of(source)));
                    assertTrue(watched, file + ": watchPatterns miss " + source + ", which the image copies");
                }
            }
        }));
    }

    @Test
    void railwayCronRunsHourlyAndIsNotRestarted() throws IOException {
        JsonNode deploy = json("deploy/railway/cron.json").path("deploy");
        assertEquals(HOURLY, deploy.path("cronSchedule").asText());
        assertEquals("NEVER", deploy.path("restartPolicyType").asText());
        assertFalse(deploy.has("healthcheckPath"), "a cron job has no health check");
        assertEquals("deploy/cron/Dockerfile", json("deploy/railway/cron.json").path("build").path("dockerfilePath").asText());
    }

    @Test
    void vercelCronCallsTheSyncEndpointHourly() throws IOException {
        JsonNode crons = json("deploy/vercel/vercel.json").path("crons");
        assertEquals(1, crons.size());
        assertEquals("/api/cron/audible-sync", crons.get(0).path("path").asText());
        assertEquals(HOURLY, crons.get(0).path("schedule").asText());
    }

    @Test
    void cronScriptCallsTheSameEndpoint() {
        assertTrue(Repo.read("deploy/cron/audible-sync-cron.sh").contains("/api/cron/audible-sync"));
    }
}

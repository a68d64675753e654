package dev.shelfsync.deploy;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Dockerfiles under deploy/, against the repository layout and the Maven reactor. */
class DockerfilesTest {

    private static final List<String> JAVA_IMAGES = List.of("deploy/adapter/Dockerfile", "deploy/tracker-api/Dockerfile");

    static List<String> allDockerfiles() throws IOException {
        try (Stream<Path> files = Files.walk(Repo.path("deploy"), 2)) {
            return files.filter(f -> f.getFileName().toString().equals("Dockerfile"))
                    .map(f -> Repo.ROOT.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }
    }

    @Test
    void expectedDockerfilesExist() throws IOException {
        assertTrue(allDockerfiles().containsAll(List.of("deploy/adapter/Dockerfile", "deploy/tracker-api/Dockerfile",
                "deploy/cron/Dockerfile")), "found " + allDockerfiles());
    }

    @TestFactory
    Stream<DynamicTest> copySourcesExistAndProjectsAreModules() throws IOException {
        return allDockerfiles().stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            Dockerfile dockerfile = Dockerfile.parse(file);
            for (Dockerfile.Copy copy : dockerfile.copies()) {
                if (copy.fromStage() != null) {
                    continue;
                }
                for (String source : copy.sources()) {
                    assertTrue(Repo.exists(source), file + ": COPY source " + source + " does not exist");
                    assertFalse(source.contains("target"), file + ": copies build output from the host: " + source);
                }
            }
            for (String module : dockerfile.projectList()) {
                assertTrue(Repo.modules().contains(module), file + ": -pl " + module + " is not a root pom module");
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> javaImagesBuildTheirModuleForContainers() {
        return JAVA_IMAGES.stream().map(file -> DynamicTest.dynamicTest(file, () -> {
            Dockerfile dockerfile = Dockerfile.parse(file);
            Set<String> projects = dockerfile.projectList();
            assertEquals(1, projects.size(), file + ": one -pl module expected, got " + projects);
            String module = projects.iterator().next();

            List<String> froms = dockerfile.all("FROM");
            assertTrue(froms.get(0).matches("(maven:3\\.9[\\w.-]*-eclipse-temurin-17|eclipse-temurin:17-jdk[\\w.-]*)\\s+AS\\s+\\w+"),
                    file + ": build stage must be Maven + JDK 17, is " + froms.get(0));
            assertTrue(froms.get(froms.size() - 1).startsWith("eclipse-temurin:17-jre"),
                    file + ": runtime must be a JRE 17, is " + froms.get(froms.size() - 1));

            String packageRun = dockerfile.all("RUN").stream().filter(r -> r.matches("mvn\\s.*\\spackage(\\s.*)?") && !r.contains("go-offline")).findFirst()
                    .orElseThrow(() -> new AssertionError(file + ": no Maven package step"));
            for (String flag : List.of("-B", "-DskipTests", "-Dcontainer", "-am", "-pl " + module)) {
                assertTrue(packageRun.contains(flag), file + ": package step lacks " + flag + ": " + packageRun);
            }

            // Maven reads every module of the root pom, so every module pom must be in the image;
            // the sources of the module and of everything -am builds must be too.
            List<String> copied = dockerfile.copies().stream().filter(c -> c.fromStage() == null)
                    .flatMap(c -> c.sources().stream()).toList();
            assertTrue(copied.contains("pom.xml"), file + ": root pom not copied");
            for (String reactorModule : Repo.modules()) {
                assertTrue(copied.contains(reactorModule + "/pom.xml"), file + ": " + reactorModule + "/pom.xml not copied");
            }
            Set<String> built = new java.util.LinkedHashSet<>(Repo.alsoMade(module));
            built.add(module);
            for (String needed : built) {
                assertTrue(copied.contains(needed + "/src"), file + ": " + needed + "/src not copied (built by -am)");
            }
            int firstSourceCopy = copied.indexOf(copied.stream().filter(s -> s.endsWith("/src")).findFirst().orElseThrow());
            int lastPomCopy = copied.lastIndexOf(copied.stream().filter(s -> s.endsWith("pom.xml"))
                    .reduce((a, b) -> b).orElseThrow());
            assertTrue(lastPomCopy < firstSourceCopy, file + ": poms must be copied before sources (dependency layer)");

            Dockerfile runtime = dockerfile.finalStage();
            List<String> runtimeCopies = runtime.all("COPY");
            for (String part : List.of("quarkus-app/lib/", "quarkus-app/*.jar", "quarkus-app/app/", "quarkus-app/quarkus/")) {
                assertTrue(runtimeCopies.stream().anyMatch(c -> c.contains("/" + module + "/target/" + part)),
                        file + ": runtime does not copy " + module + "/target/" + part);
            }
            List<String> users = runtime.all("USER");
            assertFalse(users.isEmpty(), file + ": runtime has no USER");
            String user = users.get(users.size() - 1);
            assertFalse(user.equals("root") || user.equals("0") || user.startsWith("0:"), file + ": runs as root");
            assertEquals(1, runtime.all("EXPOSE").size(), file + ": one EXPOSE expected");
            assertTrue(runtime.all("HEALTHCHECK").stream().anyMatch(h -> h.contains("/health")), file + ": HEALTHCHECK /health");
            assertTrue(runtimeCopies.stream().anyMatch(c -> c.contains("deploy/jvm/") && c.endsWith("/app/jvm.options")),
                    file + ": runtime does not copy the project's JVM options from deploy/jvm");
            assertTrue(runtime.all("ENTRYPOINT").stream()
                            .anyMatch(e -> e.contains("@/app/jvm.options") && e.contains("quarkus-run.jar")),
                    file + ": ENTRYPOINT must start quarkus-run.jar with the JVM options file");
        }));
    }

    @Test
    void cronImageRunsTheScript() {
        Dockerfile cron = Dockerfile.parse("deploy/cron/Dockerfile");
        assertTrue(cron.all("FROM").get(0).matches("(curlimages/curl|alpine)(:.*)?"), "cron base: " + cron.all("FROM"));
        assertTrue(cron.all("ENTRYPOINT").stream().anyMatch(e -> e.contains("audible-sync-cron.sh")), "cron ENTRYPOINT");
        assertFalse(cron.all("USER").isEmpty(), "cron image runs as root");
    }

    @Test
    void dockerignoreKeepsBuildOutputAndDataOut() {
        List<String> lines = Repo.read(".dockerignore").lines().map(String::strip).toList();
        for (String entry : List.of("**/target/", "data/", ".git", ".env")) {
            assertTrue(lines.contains(entry), ".dockerignore lacks " + entry);
        }
    }
}

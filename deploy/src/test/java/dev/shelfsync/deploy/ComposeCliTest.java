package dev.shelfsync.deploy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** docker-compose (v1) validates docker-compose.yml, when it is installed; nothing is started. */
class ComposeCliTest {

    private static final Pattern REQUIRED = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?");

    record Result(int exitCode, String output) {
    }

    private static Optional<Path> dockerCompose() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, "docker-compose");
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    private static Result config(Path executable, Path envFile) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(executable.toString(), "--env-file", envFile.toString(),
                "-f", Compose.FILE, "config", "-q").directory(Repo.ROOT.toFile()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(k -> !List.of("PATH", "HOME", "LANG", "LC_ALL").contains(k));
        Process process = builder.start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not finish");
        return new Result(process.exitValue(), output);
    }

    @Test
    void composeFileIsValidAndMissingSecretsStopIt(@TempDir Path temp) throws Exception {
        Optional<Path> executable = dockerCompose();
        assumeTrue(executable.isPresent(), () -> ComposeFileTest.report(
                "docker-compose not on PATH; `docker-compose config -q` not run (apt-get install docker-compose)"));

        Set<String> required = new LinkedHashSet<>(Repo.all(REQUIRED, Repo.read(Compose.FILE)));
        assertTrue(required.size() >= 4, "required variables: " + required);
        StringBuilder env = new StringBuilder();
        required.forEach(name -> env.append(name).append("=dummy-").append(name.toLowerCase()).append('\n'));
        Path complete = Files.writeString(temp.resolve("complete.env"), env);
        Result valid = config(executable.get(), complete);
        assertEquals(0, valid.exitCode(), valid.output());

        Path empty = Files.writeString(temp.resolve("empty.env"), "");
        Result missing = config(executable.get(), empty);
        assertNotEquals(0, missing.exitCode(), "compose accepted missing secrets");
        assertTrue(required.stream().anyMatch(missing.output()::contains), missing.output());
    }
}

package dev.shelfsync.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** The repository checkout the tests inspect: its root, files, Maven modules and module sources. */
final class Repo {

    private static final Pattern MODULE = Pattern.compile("<module>\\s*([^<\\s]+)\\s*</module>");
    private static final Pattern DEPENDENCY = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    private static final Pattern GROUP_ID = Pattern.compile("<groupId>\\s*dev\\.shelfsync\\s*</groupId>");
    private static final Pattern ARTIFACT_ID = Pattern.compile("<artifactId>\\s*([^<\\s]+)\\s*</artifactId>");
    private static final Pattern XML_COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    static final Path ROOT = locateRoot();

    private Repo() {
    }

    private static Path locateRoot() {
        for (String property : List.of("shelfsync.repo.dir", "maven.multiModuleProjectDirectory")) {
            String value = System.getProperty(property);
            if (value != null && !value.isBlank() && Files.isRegularFile(Path.of(value, "mvnw"))) {
                return Path.of(value).toAbsolutePath().normalize();
            }
        }
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root (directory with mvnw) not found above "
                + System.getProperty("user.dir"));
    }

    static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    static boolean exists(String relative) {
        return Files.exists(path(relative));
    }

    static String read(String relative) {
        return read(path(relative));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Modules of the root pom, in order. */
    static List<String> modules() {
        return all(MODULE, XML_COMMENT.matcher(read("pom.xml")).replaceAll(""));
    }

    /** dev.shelfsync modules {@code module} depends on (any scope), transitively: what {@code -am} builds. */
    static Set<String> alsoMade(String module) {
        Set<String> result = new LinkedHashSet<>();
        collectDependencies(module, result);
        return result;
    }

    private static void collectDependencies(String module, Set<String> into) {
        String pom = XML_COMMENT.matcher(read(module + "/pom.xml")).replaceAll("");
        Matcher dependencies = DEPENDENCY.matcher(pom);
        while (dependencies.find()) {
            String dependency = dependencies.group(1);
            Matcher artifact = ARTIFACT_ID.matcher(dependency);
            if (GROUP_ID.matcher(dependency).find() && artifact.find()) {
                String name = artifact.group(1);
                if (modules().contains(name) && into.add(name)) {
                    collectDependencies(name, into);
                }
            }
        }
    }

    /** Every file under {@code module/src/main} with the given suffix. */
    static List<Path> mainSources(String module, String suffix) {
        Path main = path(module + "/src/main");
        if (!Files.isDirectory(main)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(main)) {
            return files.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> all(Pattern pattern, CharSequence text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}

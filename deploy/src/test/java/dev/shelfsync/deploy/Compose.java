package dev.shelfsync.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** docker-compose.yml, parsed. */
final class Compose {

    static final String FILE = "docker-compose.yml";
    private static final Pattern MAVEN_MODULE_DOCKERFILE = Pattern.compile("deploy/[\\w-]+/Dockerfile");

    final JsonNode root;

    Compose() {
        try {
            root = new YAMLMapper().readTree(Repo.read(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<String> serviceNames() {
        List<String> names = new ArrayList<>();
        root.path("services").fieldNames().forEachRemaining(names::add);
        return names;
    }

    JsonNode service(String name) {
        return root.path("services").path(name);
    }

    Optional<String> dockerfile(String service) {
        JsonNode build = service(service).path("build");
        if (build.isMissingNode()) {
            return Optional.empty();
        }
        String context = build.isTextual() ? build.asText() : build.path("context").asText(".");
        String dockerfile = build.path("dockerfile").asText("Dockerfile");
        String path = context.equals(".") || context.equals("./") ? dockerfile : context.replaceFirst("^\\./", "") + "/" + dockerfile;
        return Optional.of(path);
    }

    /** The Maven module a service's image is built from ({@code -pl} of its Dockerfile), if any. */
    Optional<String> mavenModule(String service) {
        return dockerfile(service).filter(d -> MAVEN_MODULE_DOCKERFILE.matcher(d).matches() && Repo.exists(d))
                .flatMap(d -> Dockerfile.parse(d).projectList().stream().findFirst());
    }

    Map<String, String> environment(String service) {
        Map<String, String> environment = new LinkedHashMap<>();
        JsonNode node = service(service).path("environment");
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> environment.put(e.getKey(), e.getValue().asText()));
        } else if (node.isArray()) {
            node.forEach(entry -> {
                String[] pair = entry.asText().split("=", 2);
                environment.put(pair[0], pair.length > 1 ? pair[1] : "");
            });
        }
        return environment;
    }

    /** Container ports a service listens on, from "ports" (HOST:CONTAINER) and "expose". */
    List<Integer> containerPorts(String service) {
        List<Integer> ports = new ArrayList<>();
        service(service).path("ports").forEach(p -> {
            String spec = p.isObject() ? p.path("target").asText() : p.asText();
            String container = spec.substring(spec.lastIndexOf(':') + 1).replaceFirst("/.*", "");
            ports.add(Integer.parseInt(container));
        });
        service(service).path("expose").forEach(p -> ports.add(Integer.parseInt(p.asText().replaceFirst("/.*", ""))));
        return ports;
    }

    String healthcheck(String service) {
        JsonNode test = service(service).path("healthcheck").path("test");
        if (test.isArray()) {
            List<String> words = new ArrayList<>();
            test.forEach(w -> words.add(w.asText()));
            return String.join(" ", words);
        }
        return test.asText("");
    }
}

package dev.shelfsync.deploy;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The configuration a Quarkus module reads, gathered from its sources: application.properties keys (and the
 * ${ENV:default} expressions in their values), @ConfigProperty names, @ConfigMapping prefixes with their
 * method names, and System.getenv literals. Environment names are matched the way SmallRye Config does:
 * the property name upper-cased with every non-alphanumeric character replaced by '_'.
 */
final class ModuleConfig {

    /** Quarkus' own properties the deployment sets through the environment. */
    static final Set<String> QUARKUS_PROPERTIES = Set.of(
            "quarkus.datasource.jdbc.url", "quarkus.datasource.username", "quarkus.datasource.password",
            "quarkus.http.port", "quarkus.http.host", "quarkus.log.level", "quarkus.scheduler.enabled");

    private static final Pattern CONFIG_PROPERTY = Pattern.compile("@ConfigProperty\\s*\\(\\s*name\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern CONFIG_MAPPING = Pattern.compile("@ConfigMapping\\s*\\(\\s*prefix\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern MAPPING_METHOD = Pattern.compile("(?m)^\\s*[\\w.<>?,\\[\\] ]+\\s+(\\w+)\\s*\\(\\s*\\)\\s*;");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern GETENV = Pattern.compile("getenv\\s*\\(\\s*\"([A-Z0-9_]+)\"");
    private static final Pattern ENV_LITERAL = Pattern.compile("\"([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\"");
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{([A-Za-z0-9_.\\-]+)");
    private static final Pattern HTTP_PORT_DEFAULT = Pattern.compile("\\$\\{PORT:(\\d+)}");

    final String module;
    final Properties properties = new Properties();
    final Set<String> propertyNames = new LinkedHashSet<>();
    final Set<String> envNames = new LinkedHashSet<>();
    final List<Pattern> mappingEnvPatterns = new ArrayList<>();

    ModuleConfig(String module) {
        this.module = module;
        for (Path file : Repo.mainSources(module, ".properties")) {
            if (!file.getFileName().toString().startsWith("application")) {
                continue;
            }
            Properties fileProperties = new Properties();
            try {
                fileProperties.load(new StringReader(Repo.read(file)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            for (String key : fileProperties.stringPropertyNames()) {
                String value = fileProperties.getProperty(key);
                String name = key.replaceFirst("^%[\\w,-]+\\.", "");
                propertyNames.add(name);
                properties.setProperty(name, value);
                Repo.all(EXPRESSION, value).forEach(referenced -> {
                    propertyNames.add(referenced);
                    envNames.add(referenced);
                });
            }
        }
        for (Path file : Repo.mainSources(module, ".java")) {
            String source = Repo.read(file);
            propertyNames.addAll(Repo.all(CONFIG_PROPERTY, source));
            envNames.addAll(Repo.all(GETENV, source));
            if (source.contains("System.getenv(")) {
                // names handed to a helper that calls getenv, e.g. setting("SHELFSYNC_DATA_DIR", ...)
                envNames.addAll(Repo.all(ENV_LITERAL, source));
            }
            Matcher mapping = CONFIG_MAPPING.matcher(source);
            if (mapping.find()) {
                Set<String> members = new LinkedHashSet<>();
                Repo.all(MAPPING_METHOD, source).forEach(method -> members.add(env(kebab(method))));
                Repo.all(WITH_NAME, source).forEach(name -> members.add(env(name)));
                String member = members.stream().map(Pattern::quote).collect(Collectors.joining("|"));
                mappingEnvPatterns.add(Pattern.compile(
                        Pattern.quote(env(mapping.group(1))) + "(?:_(?:" + member + "))+"));
            }
        }
    }

    /** Whether the module (or Quarkus on its behalf) reads this environment variable. */
    boolean reads(String envName) {
        if (envNames.contains(envName)) {
            return true;
        }
        if (propertyNames.stream().map(ModuleConfig::env).anyMatch(envName::equals)) {
            return true;
        }
        if (QUARKUS_PROPERTIES.stream().map(ModuleConfig::env).anyMatch(envName::equals)) {
            return true;
        }
        return mappingEnvPatterns.stream().anyMatch(p -> p.matcher(envName).matches());
    }

    /** Default of {@code quarkus.http.port=${PORT:NNNN}}, when the module declares one. */
    Optional<Integer> defaultHttpPort() {
        String value = properties.getProperty("quarkus.http.port");
        if (value == null) {
            return Optional.empty();
        }
        Matcher matcher = HTTP_PORT_DEFAULT.matcher(value);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1)))
                : value.matches("\\d+") ? Optional.of(Integer.parseInt(value)) : Optional.empty();
    }

    /** Whether a JAX-RS resource of the module answers this path (class- or method-level @Path). */
    boolean hasRoute(String route) {
        Pattern path = Pattern.compile("@Path\\s*\\(\\s*\"" + Pattern.quote(route) + "/?\"\\s*\\)");
        // REST client interfaces (@RegisterRestClient) describe other services' routes, not this module's.
        if (Repo.mainSources(module, ".java").stream().map(Repo::read)
                .filter(s -> !s.contains("@RegisterRestClient"))
                .anyMatch(s -> path.matcher(s).find())) {
            return true;
        }
        return route.equals(properties.getProperty("quarkus.smallrye-health.root-path"));
    }

    static String env(String property) {
        return property.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}

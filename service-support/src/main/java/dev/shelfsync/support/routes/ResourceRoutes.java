package dev.shelfsync.support.routes;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Every JAX-RS resource method a module compiled from src/main ({@code target/classes}), as "method /path" routes;
 * for tests that check every route is documented or guarded. REST client interfaces are left out.
 */
public final class ResourceRoutes {

    public record Route(String method, String path) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    private ResourceRoutes() {
    }

    public static List<Route> all() {
        java.nio.file.Path classes = Paths.get("target", "classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            List<Route> routes = new ArrayList<>();
            files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> classes.relativize(f).toString().replace('/', '.').replace(".class", ""))
                    .map(ResourceRoutes::load)
                    .filter(type -> !type.isInterface() && type.isAnnotationPresent(Path.class)) // interfaces are REST clients
                    .forEach(type -> routes.addAll(routesOf(type)));
            return routes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Route> routesOf(Class<?> type) {
        String base = type.getAnnotation(Path.class).value();
        List<Route> routes = new ArrayList<>();
        for (Method method : type.getDeclaredMethods()) {
            for (Annotation annotation : method.getAnnotations()) {
                HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
                if (http != null) {
                    Path sub = method.getAnnotation(Path.class);
                    routes.add(new Route(http.value().toLowerCase(), join(base, sub == null ? "" : sub.value())));
                }
            }
        }
        return routes;
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, Thread.currentThread().getContextClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}

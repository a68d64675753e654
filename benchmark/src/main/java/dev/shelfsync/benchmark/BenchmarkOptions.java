package dev.shelfsync.benchmark;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Command-line options of the benchmark, with the defaults the issue asks for. */
record BenchmarkOptions(List<Integer> sizes, int booksPerTitle, int users, long seed, Path outputDirectory,
                        Path adapterJar, Path trackerJar, Path adapterJvmOptions, Path trackerJvmOptions) {

    static BenchmarkOptions parse(String[] args) {
        List<Integer> sizes = List.of(100, 1_000, 10_000);
        int booksPerTitle = 5;
        int users = 200;
        long seed = 42;
        Path out = Path.of("bench-results");
        for (int i = 0; i + 1 < args.length; i += 2) {
            String value = args[i + 1];
            switch (args[i]) {
                case "--sizes" -> sizes = Arrays.stream(value.split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "--books-per-title" -> booksPerTitle = Integer.parseInt(value);
                case "--users" -> users = Integer.parseInt(value);
                case "--seed" -> seed = Long.parseLong(value);
                case "--out" -> out = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + " (known: --sizes, --books-per-title, --users, --seed, --out)");
            }
        }
        return new BenchmarkOptions(sizes, booksPerTitle, users, seed, out,
                Path.of("audible-adapter/target/quarkus-app/quarkus-run.jar"),
                Path.of("tracker-api/target/quarkus-app/quarkus-run.jar"),
                Path.of("deploy/jvm/audible-adapter.options"),
                Path.of("deploy/jvm/tracker-api.options"));
    }
}

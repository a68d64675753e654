package dev.shelfsync.deploy;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** A Dockerfile read into instructions (continuation lines joined, comments dropped). */
record Dockerfile(String file, List<Instruction> instructions) {

    record Instruction(String keyword, String arguments) {
    }

    private static final Pattern PROJECT_LIST = Pattern.compile("(?:^|\\s)(?:-pl|--projects)[\\s=]+(\\S+)");

    static Dockerfile parse(String relativePath) {
        List<Instruction> instructions = new ArrayList<>();
        StringBuilder pending = new StringBuilder();
        for (String line : Repo.read(relativePath).split("\\R")) {
            String trimmed = line.strip();
            if (pending.isEmpty() && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
                continue;
            }
            if (!pending.isEmpty() && trimmed.startsWith("#")) {
                continue;
            }
            if (trimmed.endsWith("\\")) {
                pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
                continue;
            }
            pending.append(trimmed);
            String full = pending.toString().strip();
            pending.setLength(0);
            if (full.isEmpty()) {
                continue;
            }
            int space = full.indexOf(' ');
            instructions.add(space < 0
                    ? new Instruction(full.toUpperCase(Locale.ROOT), "")
                    : new Instruction(full.substring(0, space).toUpperCase(Locale.ROOT), full.substring(space + 1).strip()));
        }
        return new Dockerfile(relativePath, instructions);
    }

    List<String> all(String keyword) {
        return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
    }

    /** Instructions of the last stage (the image that runs). */
    Dockerfile finalStage() {
        int last = 0;
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).keyword().equals("FROM")) {
                last = i;
            }
        }
        return new Dockerfile(file, instructions.subList(last, instructions.size()));
    }

    /** Modules named with -pl in RUN instructions. */
    Set<String> projectList() {
        Set<String> modules = new LinkedHashSet<>();
        for (String run : all("RUN")) {
            for (String list : Repo.all(PROJECT_LIST, run)) {
                for (String module : list.split(",")) {
                    modules.add(module.replaceFirst("^:", ""));
                }
            }
        }
        return modules;
    }

    /** COPY instructions as word lists with flags (--from, --chown...) separated out. */
    List<Copy> copies() {
        List<Copy> copies = new ArrayList<>();
        for (String arguments : all("COPY")) {
            List<String> flags = new ArrayList<>();
            List<String> words = new ArrayList<>();
            for (String word : arguments.split("\\s+")) {
                (word.startsWith("--") ? flags : words).add(word);
            }
            String from = flags.stream().filter(f -> f.startsWith("--from=")).map(f -> f.substring(7)).findFirst()
                    .orElse(null);
            copies.add(new Copy(from, words.subList(0, words.size() - 1), words.get(words.size() - 1)));
        }
        return copies;
    }

    record Copy(String fromStage, List<String> sources, String destination) {
    }
}

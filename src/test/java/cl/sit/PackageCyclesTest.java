package cl.sit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No two capability packages of {@code cl.sit} depend on each other, directly or through others: each can be read
 * (and changed) from its imports down. Reads the imports of the sources, so it needs no library.
 */
class PackageCyclesTest {

    private static final Path SOURCES = Path.of("src/main/java/cl/sit");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?cl\\.sit\\.([a-z0-9]+)\\.", Pattern.MULTILINE);

    @Test
    void noPackageReachesItselfThroughItsImports() {
        Map<String, Set<String>> imports = imports();
        assertThat(imports).containsKeys("system", "users", "editing", "territory");
        List<String> cycles = new ArrayList<>();
        for (String from : imports.keySet()) {
            for (String to : imports.get(from)) {
                if (reaches(imports, to, from, new HashSet<>())) {
                    cycles.add(from + " -> " + to + " -> ... -> " + from);
                }
            }
        }
        assertThat(cycles).isEmpty();
    }

    private static boolean reaches(Map<String, Set<String>> imports, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : imports.getOrDefault(from, Set.of())) {
            if (reaches(imports, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> imports() {
        Map<String, Set<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file);
                if (relative.getNameCount() < 2) {
                    continue; // SitApplication, at the root
                }
                String pkg = relative.getName(0).toString();
                Set<String> deps = out.computeIfAbsent(pkg, p -> new TreeSet<>());
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        deps.add(m.group(1));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package cl.sit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A fresh H2GIS file database in a new temporary directory, for one test application context, removed when the JVM
 * ends (a scale test's database takes several GB: left behind, a few runs filled the disk).
 */
public final class H2gisTestDatabase {

    private H2gisTestDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("sit-h2gis-test-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> remove(dir)));
            registry.add("sit.data-dir", dir::toString);
            registry.add(
                    "spring.datasource.url", () -> "jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void remove(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort at JVM exit: the directory stays in the temporary folder.
        }
    }
}

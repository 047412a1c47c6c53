package cl.sit.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;

/** A fresh H2GIS file database in a new temporary directory, for one test application context. */
public final class H2gisTestDatabase {

    private H2gisTestDatabase() {}

    public static void register(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("sit-h2gis-test-");
            registry.add("sit.data-dir", dir::toString);
            registry.add("spring.datasource.url",
                    () -> "jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

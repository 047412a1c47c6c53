package cl.sit.investment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Removing the illustrative projects on a fresh H2GIS file database. */
class H2gisIllustrativeRemovalIT extends AbstractIllustrativeRemovalIT {

    private final Path dir;

    H2gisIllustrativeRemovalIT() {
        try {
            dir = Files.createTempDirectory("sit-ilustrativos-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    List<String> database() {
        return List.of(
                "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE",
                "--sit.data-dir=" + dir);
    }
}

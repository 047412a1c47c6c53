package cl.sit.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * SQL statements kept in files beside the class that uses them, loaded by name. A dialect-specific file
 * ({@code name.postgresql.sql} or {@code name.h2.sql}) wins over the shared {@code name.sql}.
 */
public final class SqlFiles {

    private final Dialect dialect;
    private final Map<String, String> cache = new ConcurrentHashMap<>();

    public SqlFiles(Dialect dialect) {
        this.dialect = dialect;
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The statement {@code name} from the package of {@code owner}. */
    public String get(Class<?> owner, String name) {
        String base = owner.getPackageName().replace('.', '/') + "/" + name;
        return cache.computeIfAbsent(base, b -> {
            String specific = read(b + "." + dialect.vendor() + ".sql");
            if (specific != null) {
                return specific;
            }
            String shared = read(b + ".sql");
            if (shared == null) {
                throw new IllegalStateException("Missing SQL file " + b + ".sql");
            }
            return shared;
        });
    }

    private static String read(String resource) {
        try (InputStream in = SqlFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package cl.sit.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The test database as a context initializer, for the concern classes split from one large contract test: classes
 * that name the same initializer (and the same {@code @SpringBootTest} settings, from their common base) share one
 * cached application context and so one database, as the single class did, instead of starting and seeding the
 * application once per class. Use {@code @ContextConfiguration(initializers = SharedStore.H2gis.class)} (or
 * {@code Postgis}) on the concrete class in place of a {@code @DynamicPropertySource} method.
 */
public final class SharedStore {

    private SharedStore() {}

    /** One fresh H2GIS database ({@link H2gisTestDatabase}) per distinct set of settings. */
    public static final class H2gis implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            add(context, "sit-test-h2gis", H2gisTestDatabase::register);
        }
    }

    /** The PostGIS test database ({@link PostgisTestDatabase}). */
    public static final class Postgis implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            add(context, "sit-test-postgis", PostgisTestDatabase::register);
        }
    }

    private static void add(
            ConfigurableApplicationContext context, String name, Consumer<DynamicPropertyRegistry> register) {
        Map<String, Object> values = new LinkedHashMap<>();
        register.accept((key, value) -> values.put(key, value.get()));
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(name, values));
    }
}

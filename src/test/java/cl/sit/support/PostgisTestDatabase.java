package cl.sit.support;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostGIS database named by {@code SIT_TEST_POSTGIS_URL} (a JDBC URL that may carry {@code user} and
 * {@code password} parameters), e.g. {@code jdbc:postgresql://127.0.0.1:55432/sit_test?user=sit&password=sit}
 * as printed by {@code scripts/postgis-dev.sh}.
 */
public final class PostgisTestDatabase {

    public static final String URL_VARIABLE = "SIT_TEST_POSTGIS_URL";

    private PostgisTestDatabase() {}

    public static String url() {
        String url = System.getenv(URL_VARIABLE);
        return url == null || url.isBlank() ? null : url;
    }

    /**
     * The first admin's password on the shared PostGIS test database. The database keeps the first admin any test
     * application creates, so every test application on it must agree: one started without a password would create
     * {@code admin} with a random one, and every later class signing in as admin would get 401 (seen in CI, where
     * the order of the classes decides which starts first).
     */
    public static final String ADMIN_PASSWORD = "clave-admin-de-prueba";

    public static void register(DynamicPropertyRegistry registry) {
        String url = url();
        if (url == null) {
            return;
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> parameter(url, "user"));
        registry.add("spring.datasource.password", () -> parameter(url, "password"));
        registry.add("sit.admin-password", () -> ADMIN_PASSWORD);
    }

    /** The same settings as command-line arguments, for tests that start the application themselves. */
    public static java.util.List<String> arguments() {
        String url = url();
        return java.util.List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + parameter(url, "user"),
                "--spring.datasource.password=" + parameter(url, "password"),
                "--sit.admin-password=" + ADMIN_PASSWORD);
    }

    /** A query parameter of a JDBC URL, or null. */
    public static String parameter(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return null;
        }
        for (String pair : url.substring(q + 1).split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return pair.substring(eq + 1);
            }
        }
        return null;
    }
}

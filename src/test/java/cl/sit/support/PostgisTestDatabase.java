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

    public static void register(DynamicPropertyRegistry registry) {
        String url = url();
        if (url == null) {
            return;
        }
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", () -> parameter(url, "user"));
        registry.add("spring.datasource.password", () -> parameter(url, "password"));
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

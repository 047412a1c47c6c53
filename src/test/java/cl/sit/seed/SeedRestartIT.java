package cl.sit.seed;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.SitApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A second start on the same H2GIS file reuses the database and duplicates nothing; the national communes
 * load on request, on top of what is there.
 */
class SeedRestartIT {

    private static final String[] TABLES = {
        "territory",
        "population",
        "priority_site",
        "protected_area",
        "urban_limit",
        "urban_centre",
        "census_zone",
        "investment_project",
        "dataset",
        "layer"
    };

    @Test
    void secondStartDuplicatesNothingAndNationalCommunesLoadOnRequest() throws Exception {
        Path dir = Files.createTempDirectory("sit-restart-");
        String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE";

        Map<String, Integer> first = counts(url);
        assertThat(first)
                .containsEntry("territory", 15)
                .containsEntry("investment_project", 300)
                .containsEntry("protected_area", 76)
                .containsEntry("dataset", 17)
                // 11 read-only collections and the 7 Agenda 21 layers, created once.
                .containsEntry("layer", 18);
        assertThat(counts(url)).isEqualTo(first);

        try (ConfigurableApplicationContext app = start(url, "--sit.seed.national=true")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(level(jdbc, "comuna")).isEqualTo(345);
            assertThat(level(jdbc, "provincia")).isEqualTo(56);
            assertThat(level(jdbc, "region")).isEqualTo(16);
            assertThat(jdbc.queryForObject("SELECT nombre FROM territory WHERE cut = '014'", String.class))
                    .isEqualTo("Tamarugal");
            // Los Ríos keeps its full-resolution BCN boundaries.
            assertThat(jdbc.queryForObject("SELECT fuente FROM territory WHERE cut = '14101'", String.class))
                    .contains("sin simplificar");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM investment_project", Integer.class))
                    .isEqualTo(300);
        }
    }

    private static int level(JdbcTemplate jdbc, String level) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM territory WHERE nivel = ?", Integer.class, level);
    }

    private static Map<String, Integer> counts(String url) {
        try (ConfigurableApplicationContext app = start(url)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            Map<String, Integer> counts = new TreeMap<>();
            for (String table : TABLES) {
                counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class));
            }
            return counts;
        }
    }

    private static ConfigurableApplicationContext start(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "--server.port=0";
        System.arraycopy(args, 0, all, 1, args.length);
        return new SpringApplicationBuilder(SitApplication.class).run(all);
    }
}

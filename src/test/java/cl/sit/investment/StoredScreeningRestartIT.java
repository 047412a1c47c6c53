package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.SitApplication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stored screening follows the conservation areas across starts: when the protected areas are replaced after the
 * projects were written (a data set loaded again, or a newer one), the next start computes the rows again instead of
 * serving those of the areas that are gone. On an H2GIS file, started twice.
 */
class StoredScreeningRestartIT {

    private static final String PROTECTED = "SELECT COUNT(*) FROM investment_screening WHERE tipo = 'area_protegida'";

    @Test
    void replacedProtectedAreasAreScreenedAgainAtTheNextStart() throws Exception {
        Path dir = Files.createTempDirectory("sit-screening-");
        String url = "--spring.datasource.url=jdbc:h2:file:" + dir.resolve("sit") + ";DATABASE_TO_LOWER=TRUE";
        int project;
        try (ConfigurableApplicationContext app = start(url)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(PROTECTED, Integer.class)).isPositive();
            project = jdbc.queryForObject("SELECT MIN(id) FROM investment_project", Integer.class);
            // The 76 RNAP areas replaced by one test area around the first project (as a reloaded data set would).
            jdbc.update("DELETE FROM protected_area");
            jdbc.update("""
                    INSERT INTO protected_area (codigo, nombre, designacion, snaspe, superficie_ha_mma, area_km2,
                        area_km2_en_region, comunas, url_fuente, geom)
                    SELECT 'PRUEBA-1', 'Área de prueba', 'Parque Nacional', TRUE, 1, 1, 1, '14101', '',
                        ST_Multi(ST_Expand(geom, 0.01)) FROM investment_project WHERE id = ?""", project);
            // Nothing recomputes the stored rows while running: they still name the areas that are gone.
            assertThat(jdbc.queryForObject(PROTECTED + " AND area_codigo <> 'PRUEBA-1'", Integer.class))
                    .isPositive();
        }
        try (ConfigurableApplicationContext app = start(url)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(jdbc.queryForObject(PROTECTED + " AND area_codigo <> 'PRUEBA-1'", Integer.class))
                    .isZero();
            assertThat(jdbc.queryForObject(
                            PROTECTED + " AND area_codigo = 'PRUEBA-1' AND project_id = ? AND dentro",
                            Integer.class,
                            project))
                    .isEqualTo(1);
        }
    }

    private static ConfigurableApplicationContext start(String url) {
        return new SpringApplicationBuilder(SitApplication.class).run("--server.port=0", url);
    }
}

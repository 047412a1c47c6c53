package cl.sit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import cl.sit.SitApplication;
import cl.sit.investment.InvestmentGenerator;
import cl.sit.investment.InvestmentProject;
import cl.sit.investment.InvestmentWriter;
import cl.sit.storage.Wkb;
import cl.sit.support.Http;
import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The national cross-check: Chile's communes plus 100,000 generated projects (points, lines, polygons) written
 * through SIT (linked at write time with JTS), then per-commune totals from {@code /api/indicators} compared with
 * an independent PostGIS computation on geography, within 0.01 %. Runs in its own schema of the test database,
 * dropped first, so it never disturbs the other PostGIS tests.
 */
@RequiresPostgis
class NationalCrossCheckIT {

    private static final String SCHEMA = "sit_national_check";
    private static final int PROJECTS = 100_000;

    @Test
    void perCommuneTotalsForAHundredThousandProjectsEqualPostgis() throws Exception {
        String url = PostgisTestDatabase.url();
        String user = PostgisTestDatabase.parameter(url, "user");
        String password = PostgisTestDatabase.parameter(url, "password");
        try (Connection c = DriverManager.getConnection(url);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
        }
        String schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA + ",public";
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(SitApplication.class)
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + schemaUrl,
                        "--spring.datasource.username=" + user,
                        "--spring.datasource.password=" + password,
                        "--spring.flyway.schemas=" + SCHEMA,
                        "--spring.flyway.default-schema=" + SCHEMA,
                        "--sit.seed.national=true",
                        "--sit.admin-password=no-se-usa-en-esta-prueba",
                        // The independent geography computation below is one long statement, not a user's request.
                        "--sit.db.statement-timeout=5m")) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            List<InvestmentGenerator.Area> communes = jdbc.query(
                    "SELECT cut, nombre, ST_AsBinary(geom) FROM territory WHERE nivel = 'comuna' ORDER BY cut",
                    (rs, i) ->
                            new InvestmentGenerator.Area(rs.getString(1), rs.getString(2), Wkb.read(rs.getBytes(3))));
            assertThat(communes).hasSize(345);
            // With the whole country loaded, the Región de Los Lagos of before 2007 is today's Los Lagos (about
            // 48,600 km²) plus the Provincia de Valdivia (today's Los Ríos, about 18,300 km²).
            assertThat(jdbc.queryForObject(
                            "SELECT area_km2 FROM former_territory WHERE cut = '10@..2007-10-02'", Double.class))
                    .isBetween(64_000.0, 69_000.0);
            List<InvestmentProject> projects = new InvestmentGenerator(77, null, communes, List.of())
                    .generate(PROJECTS).stream()
                            .map(p -> new InvestmentProject(
                                    null,
                                    p.name(),
                                    p.programme(),
                                    p.fundingSource(),
                                    p.sector(),
                                    p.stage(),
                                    p.status(),
                                    p.institution(),
                                    p.strategicAxis(),
                                    p.totalCostClp(),
                                    p.startYear(),
                                    p.endYear(),
                                    p.declaredCommune(),
                                    p.dataSource(),
                                    true,
                                    p.geometry(),
                                    p.amounts()))
                            .toList();
            long start = System.nanoTime();
            app.getBean(TransactionTemplate.class).executeWithoutResult(tx -> app.getBean(InvestmentWriter.class)
                    .insert(jdbc, projects));
            System.out.printf("Wrote and linked %d projects in %.1f s%n", PROJECTS, (System.nanoTime() - start) / 1e9);

            Map<String, Double> postgis = new HashMap<>();
            jdbc.query(PostgisInvestmentIT.POSTGIS_TOTALS, rs -> {
                postgis.put(rs.getString(1), rs.getDouble(2));
            });
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            JsonNode sit = new Http(port).json("/api/indicators?level=commune&from=2003&to=2026");
            int compared = 0;
            double worst = 0;
            for (JsonNode r : sit.get("filas")) {
                double expected = postgis.getOrDefault(r.get("codigo").asString(), 0.0);
                if (expected > 0) {
                    worst = Math.max(worst, Math.abs(r.get("total_clp").asDouble() - expected) / expected);
                }
                assertThat(r.get("total_clp").asDouble())
                        .as(r.get("codigo").asString())
                        .isCloseTo(expected, withPercentage(0.01));
                compared++;
            }
            System.out.printf(
                    "Largest relative difference SIT vs PostGIS over %d communes: %.2e %%%n", compared, worst * 100);
            assertThat(compared).isEqualTo(345);
            assertThat(postgis.values().stream()
                            .mapToDouble(Double::doubleValue)
                            .sum())
                    .isPositive();
        } finally {
            try (Connection c = DriverManager.getConnection(url);
                    Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            }
        }
    }
}

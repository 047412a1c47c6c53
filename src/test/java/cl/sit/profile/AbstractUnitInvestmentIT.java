package cl.sit.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.investment.InvestmentLinker;
import cl.sit.investment.InvestmentProject;
import cl.sit.investment.InvestmentWriter;
import cl.sit.territory.CustomTerritories;
import cl.sit.territory.CustomTerritory;
import cl.sit.territory.CustomTerritoryRequest;
import cl.sit.territory.UnitInvestment;
import cl.sit.territory.UnitShares;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The investment kept per unit when projects are written ({@link UnitInvestment}) against the same figures computed
 * from every project, after each way of writing: insert, re-link to another commune, a new custom territory, a
 * project deleted by hand; and the ranking of a unit's projects read from the kept bounds ({@link ProjectRanking})
 * against ranking them all, for periods that cut projects' years.
 */
@SpringBootTest(properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractUnitInvestmentIT {

    private static final String SOURCE = "prueba de inversión por unidad";
    private static final String CUSTOM = "inversion-kept-prueba";
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    InvestmentWriter writer;

    @Autowired
    InvestmentLinker linker;

    @Autowired
    CustomTerritories customTerritories;

    @Autowired
    ProfileStore store;

    @Autowired
    UnitShares unitShares;

    @Autowired
    TerritoryProfiles profiles;

    @BeforeEach
    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM custom_territory WHERE codigo = ?", CUSTOM);
        jdbc.update("DELETE FROM investment_unit_share WHERE unidad = ?", CUSTOM);
        List<Integer> ids =
                jdbc.queryForList("SELECT id FROM investment_project WHERE fuente_datos = ?", Integer.class, SOURCE);
        // Then every unit's kept figures again: other classes on the shared PostGIS database delete projects by hand,
        // which leaves their units' figures not current (and these tests expect current ones).
        tx.executeWithoutResult(s -> {
            if (!ids.isEmpty()) {
                jdbc.update("DELETE FROM investment_project WHERE fuente_datos = ?", SOURCE);
            }
            unitShares.refreshInvestment(jdbc);
        });
    }

    @Test
    void keptInvestmentFollowsInsertsRelinksCustomTerritoriesAndDeletions() {
        // Valdivia (14101) and La Unión (14201): a point in each, and a line across the Valdivia-Corral boundary.
        List<Integer> ids = tx.execute(s -> writer.insert(
                jdbc,
                List.of(
                        project("Escuela", point(-73.245, -39.814), 2020, 2031),
                        project("Posta", point(-73.083, -40.293), 2024, 2027),
                        project("Camino", line(-73.33, -39.86, -73.40, -39.90), 2010, 2026))));
        assertKeptEqualsLive(List.of("14101", "14102", "141", "14", "14201", "142"));

        // The school moves to La Unión: Valdivia loses it, La Unión gains it.
        tx.executeWithoutResult(s -> linker.link(jdbc, ids.get(0), point(-73.085, -40.290)));
        assertKeptEqualsLive(List.of("14101", "141", "14201", "142", "14"));

        CustomTerritory custom = tx.execute(s -> customTerritories.create(
                new CustomTerritoryRequest(CUSTOM, "Prueba inversión", null, List.of("14101", "14201"), null),
                "prueba"));
        assertThat(custom.codigo()).isEqualTo(CUSTOM);
        assertThat(kept(CUSTOM)).isTrue();
        assertKeptEqualsLive(List.of(CUSTOM));

        // Deleted by hand: its memberships go, the kept sums stay; readers must see the unit is not current.
        ProfileQuery all = new ProfileQuery(1990, 2040, "programado", false, 1000);
        assertThat(profiles.projects("14201", all).orElseThrow())
                .extracting(TopProject::id)
                .contains(ids.get(1));
        jdbc.update("DELETE FROM investment_project WHERE id = ?", ids.get(1));
        assertThat(kept("14201")).isFalse();
        assertThat(kept(CUSTOM)).isFalse();
        ProfileQuery q = new ProfileQuery(1990, 2040, "programado", false, 10);
        double live = store.investmentByYear(store.unit("14201").orElseThrow(), q, false).values().stream()
                .mapToDouble(clp -> clp[0])
                .sum();
        assertThat(profiles.find("14201", q).orElseThrow().inversion().totalClp())
                .isCloseTo(live, offset(1e-3));
        assertThat(profiles.projects("14201", all).orElseThrow())
                .extracting(TopProject::id)
                .doesNotContain(ids.get(1));
    }

    @Test
    void rankingFromKeptBoundsEqualsRankingEveryProject() {
        List<InvestmentProject> many = new ArrayList<>();
        java.util.Random random = new java.util.Random(13);
        for (int i = 0; i < 700; i++) {
            int start = 2000 + random.nextInt(30);
            // Years from 2000 to 2034: many projects run past the period asked, so their bound exceeds their amount.
            many.add(project(
                    "P" + i,
                    point(-73.30 + random.nextDouble() * 0.2, -39.90 + random.nextDouble() * 0.15),
                    start,
                    start + random.nextInt(6)));
        }
        tx.execute(s -> writer.insert(jdbc, many));
        for (String unit : List.of("14101", "141", "14")) {
            ProfileUnit u = store.unit(unit).orElseThrow();
            assertThat(kept(unit)).as(unit).isTrue();
            for (int[] period : new int[][] {{2003, 2026}, {2029, 2030}, {2015, 2015}, {1990, 2040}}) {
                for (String amount : List.of("programado", "ejecutado")) {
                    for (int limit : new int[] {10, 300}) {
                        ProfileQuery q = new ProfileQuery(period[0], period[1], amount, false, limit);
                        List<TopProject> fromBounds = store.topProjects(u, q, limit, true);
                        List<TopProject> all = store.topProjects(u, q, limit, false);
                        String what = unit + " " + period[0] + "-" + period[1] + " " + amount + " " + limit;
                        assertThat(fromBounds.stream().map(TopProject::id).toList())
                                .as(what)
                                .isEqualTo(all.stream().map(TopProject::id).toList());
                        for (int i = 0; i < all.size(); i++) {
                            assertThat(fromBounds.get(i).montoClp())
                                    .as(what)
                                    .isCloseTo(
                                            all.get(i).montoClp(),
                                            offset(all.get(i).montoClp() * 1e-12));
                            assertThat(fromBounds.get(i))
                                    .as(what)
                                    .usingRecursiveComparison()
                                    .ignoringFields("montoClp")
                                    .isEqualTo(all.get(i));
                        }
                    }
                }
            }
        }
    }

    private void assertKeptEqualsLive(List<String> units) {
        for (String code : units) {
            assertThat(kept(code)).as(code).isTrue();
            ProfileUnit unit = store.unit(code).orElseThrow();
            for (String amount : List.of("programado", "ejecutado")) {
                ProfileQuery q = new ProfileQuery(1990, 2040, amount, false, 10);
                Map<Integer, double[]> kept = store.investmentByYear(unit, q, true);
                Map<Integer, double[]> live = store.investmentByYear(unit, q, false);
                assertThat(kept.keySet()).as(code).isEqualTo(live.keySet());
                live.forEach((year, clp) -> {
                    assertThat(kept.get(year)[0])
                            .as(code + " " + year)
                            .isCloseTo(clp[0], offset(1e-6 + clp[0] * 1e-12));
                    assertThat(kept.get(year)[1])
                            .as(code + " " + year)
                            .isCloseTo(clp[1], offset(1e-6 + clp[1] * 1e-12));
                });
                double outsideLive = store.investmentOutside(unit, q, false);
                assertThat(store.investmentOutside(unit, q, true))
                        .as(code)
                        .isCloseTo(outsideLive, offset(1e-6 + outsideLive * 1e-12));
            }
        }
    }

    private boolean kept(String code) {
        return store.investmentKept(store.unit(code).orElseThrow());
    }

    private static InvestmentProject project(String name, Geometry geometry, int from, int to) {
        List<InvestmentProject.YearAmount> amounts = new ArrayList<>();
        for (int year = from; year <= to; year++) {
            long programmed = 1_000_000L * (name.hashCode() % 97 + 100) + 7919L * year;
            amounts.add(new InvestmentProject.YearAmount(year, programmed, programmed / 3));
        }
        return new InvestmentProject(
                null,
                name,
                "FNDR",
                "FNDR",
                "Educación",
                "ejecución",
                null,
                "GORE",
                null,
                amounts.stream()
                        .mapToLong(InvestmentProject.YearAmount::programmedClp)
                        .sum(),
                from,
                to,
                null,
                SOURCE,
                false,
                geometry,
                amounts);
    }

    private static Geometry point(double lon, double lat) {
        return WGS84.createPoint(new Coordinate(lon, lat));
    }

    private static Geometry line(double lon1, double lat1, double lon2, double lat2) {
        return WGS84.createLineString(new Coordinate[] {new Coordinate(lon1, lat1), new Coordinate(lon2, lat2)});
    }
}

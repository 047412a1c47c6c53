package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.analysis.ProgrammeOverlap.Reason;
import cl.sit.territory.CustomTerritories;
import cl.sit.territory.CustomTerritoryRequest;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
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
 * The overlap pairs counted per unit and kept as projects are written ({@link UnitOverlapCounts}) against counting
 * the stored pairs, after each way of writing: a large insert (everything counted again), a small one and re-links
 * (kept by difference), projects deleted through SIT, the illustrative projects removed; and the guards: a custom
 * territory drawn since, projects deleted by hand.
 */
@SpringBootTest(properties = "sit.admin-password=clave-admin-de-prueba")
abstract class AbstractUnitOverlapCountsIT {

    private static final String SOURCE = "prueba de pares por unidad";
    private static final String CUSTOM = "pares-kept-prueba";
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);
    private static final List<String> UNITS =
            List.of(UnitOverlapCounts.EVERY, "14101", "14102", "14103", "141", "14", "14201", "142");
    private static final String[] PROGRAMMES = {"FNDR", "FRIL", "PIRDT", "MOP"};

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    InvestmentWriter writer;

    @Autowired
    InvestmentLinker linker;

    @Autowired
    StoredAlerts alerts;

    @Autowired
    OverlapPages pages;

    @Autowired
    ProjectEdit edit;

    @Autowired
    CustomTerritories customTerritories;

    @BeforeEach
    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM custom_territory WHERE codigo = ?", CUSTOM);
        jdbc.update("DELETE FROM investment_unit_share WHERE unidad = ?", CUSTOM);
        // Then every count again: other classes on the shared PostGIS database delete projects by hand, which
        // leaves the kept counts not current (and these tests start from current ones).
        tx.executeWithoutResult(s -> {
            jdbc.update("DELETE FROM investment_project WHERE fuente_datos = ?", SOURCE);
            alerts.counts().rebuild(jdbc);
        });
    }

    @Test
    void keptCountsFollowInsertsAndRelinks() {
        Random random = new Random(29);
        int portfolio = jdbc.queryForObject("SELECT COUNT(*) FROM investment_project", Integer.class);
        // More than a quarter of the portfolio: every pair and count computed again.
        List<Integer> ids = tx.execute(s -> writer.insert(jdbc, projects(random, Math.max(400, portfolio))));
        assertKeptEqualsCounted(UNITS);

        // A few more: kept by difference.
        List<Integer> more = tx.execute(s -> writer.insert(jdbc, projects(random, 30)));
        assertThat(more).hasSize(30);
        assertKeptEqualsCounted(UNITS);

        // Re-linked: some stay, some move from Valdivia to La Unión and Corral, a line crosses communes.
        tx.executeWithoutResult(s -> {
            linker.link(jdbc, ids.get(0), point(-73.085, -40.290));
            linker.link(jdbc, ids.get(1), point(-73.40, -39.88));
            linker.link(jdbc, ids.get(2), WGS84.createLineString(new Coordinate[] {
                new Coordinate(-73.33, -39.86), new Coordinate(-73.40, -39.90)
            }));
            linker.link(jdbc, more.get(0), point(-73.084, -40.291));
        });
        assertKeptEqualsCounted(UNITS);
        tx.executeWithoutResult(s -> writer.relink(
                jdbc,
                ids.subList(10, 60),
                ids.subList(10, 60).stream()
                        .map(id -> (Geometry) point(-73.0 - id % 7 * 0.0004, -40.29))
                        .toList()));
        assertKeptEqualsCounted(UNITS);
        assertPagesCountEveryPair(UNITS.subList(1, UNITS.size()));

        // Deleted through SIT: their pairs and counts go with them (the counts stay current).
        for (int id : List.of(ids.get(3), ids.get(11), more.get(1))) {
            edit.remove(id, edit.version(id), "prueba");
        }
        assertThat(alerts.counts().stale(jdbc)).isFalse();
        assertKeptEqualsCounted(UNITS);
    }

    @Test
    void aUnitDrawnSinceOrProjectsDeletedByHandAreCountedFromThePairs() {
        Random random = new Random(31);
        int portfolio = jdbc.queryForObject("SELECT COUNT(*) FROM investment_project", Integer.class);
        List<Integer> ids = tx.execute(s -> writer.insert(jdbc, projects(random, Math.max(400, portfolio))));
        tx.execute(s -> customTerritories.create(
                new CustomTerritoryRequest(CUSTOM, "Prueba pares", null, List.of("14101", "14201"), null), "prueba"));
        assertThat(alerts.counts().current(jdbc, CUSTOM)).isNull();
        assertPagesCountEveryPair(List.of(CUSTOM, "14", "14101"));

        jdbc.update("DELETE FROM investment_project WHERE id = ?", ids.get(0));
        for (String unit : UNITS) {
            assertThat(alerts.counts().current(jdbc, unit)).as(unit).isNull();
        }
        assertThat(alerts.counts().stale(jdbc)).isTrue();
        assertPagesCountEveryPair(List.of(CUSTOM, "14", "14101", "14201"));
        // Written projects do not make stale counts current.
        tx.execute(s -> writer.insert(jdbc, projects(random, 5)));
        assertThat(alerts.counts().current(jdbc, "14")).isNull();

        tx.executeWithoutResult(s -> alerts.counts().rebuild(jdbc));
        assertThat(alerts.counts().stale(jdbc)).isFalse();
        assertKeptEqualsCounted(List.of(CUSTOM, "14", UnitOverlapCounts.EVERY));
        assertPagesCountEveryPair(List.of(CUSTOM, "14", "14101", "14201"));
    }

    /** The kept counts are current and equal to counting the stored pairs. */
    private void assertKeptEqualsCounted(List<String> units) {
        for (String unit : units) {
            UnitOverlapCounts.Kept kept = alerts.counts().current(jdbc, unit);
            assertThat(kept).as(unit).isNotNull();
            assertThat(kept.unit()).as("unit '%s'", unit).isEqualTo(counted(unit));
            assertThat(kept.every()).isEqualTo(counted(UnitOverlapCounts.EVERY));
        }
        assertThat(counted(UnitOverlapCounts.EVERY).values().stream()
                        .mapToLong(Long::longValue)
                        .sum())
                .isGreaterThan(100);
    }

    /**
     * The pages' totals (kept or not) equal the pairs counted here, at the stored distance and a shorter one, read
     * either way (through the unit's projects or walking every pair): the same pairs in the same order.
     */
    private void assertPagesCountEveryPair(List<String> units) {
        double stored = alerts.overlapDistanceM();
        for (String unit : units) {
            ProjectsInTerritory territory = new ProjectsInTerritory(unit, List.of());
            long all =
                    counted(unit).values().stream().mapToLong(Long::longValue).sum();
            Long near = jdbc.queryForObject(
                    "SELECT COUNT(*) FROM investment_overlap o WHERE o.distancia_m <= 100 AND ("
                            + inUnit("o.proyecto_a") + " OR " + inUnit("o.proyecto_b") + ")",
                    Long.class,
                    unit,
                    unit);
            for (boolean through : new boolean[] {false, true}) {
                String what = unit + (through ? " through its projects" : " walking every pair");
                OverlapReport page = pages.page(stored, stored, territory, 40, 7, false, through);
                assertThat(page.numberMatched()).as(what).isEqualTo(all);
                assertThat(ids(page)).as(what).isEqualTo(ids(pages.page(stored, stored, territory, 40, 7, false)));
                assertThat(pages.page(100, stored, territory, 5, 0, false, through)
                                .numberMatched())
                        .as(what)
                        .isEqualTo(near);
            }
        }
    }

    private static List<String> ids(OverlapReport page) {
        return page.pairs().stream().map(p -> p.a().id() + "-" + p.b().id()).toList();
    }

    /** The pairs with a project in the unit, per strongest reason, counted from the stored pairs. */
    private Map<Reason, Long> counted(String unit) {
        Map<Reason, Long> out = new EnumMap<>(Reason.class);
        String where = unit.isEmpty() ? "" : " WHERE " + inUnit("o.proyecto_a") + " OR " + inUnit("o.proyecto_b");
        Object[] args = unit.isEmpty() ? new Object[0] : new Object[] {unit, unit};
        jdbc.query(
                "SELECT o.motivo, COUNT(*) FROM investment_overlap o" + where + " GROUP BY o.motivo",
                rs -> {
                    out.put(Reason.values()[rs.getInt(1)], rs.getLong(2));
                },
                args);
        return out;
    }

    private static String inUnit(String project) {
        return "EXISTS (SELECT 1 FROM investment_unit_share u WHERE u.unidad = ? AND u.project_id = " + project + ")";
    }

    /** Projects packed around Valdivia, Corral and La Unión, close enough to pair, in overlapping years. */
    private static List<InvestmentProject> projects(Random random, int n) {
        double[][] centres = {{-73.245, -39.814}, {-73.43, -39.89}, {-73.085, -40.293}, {-73.33, -39.86}};
        List<InvestmentProject> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            double[] c = centres[random.nextInt(centres.length)];
            int start = 2015 + random.nextInt(10);
            String programme = PROGRAMMES[random.nextInt(PROGRAMMES.length)];
            List<InvestmentProject.YearAmount> amounts =
                    List.of(new InvestmentProject.YearAmount(start, 1_000_000L, 500_000L));
            out.add(new InvestmentProject(
                    null,
                    "Pares " + i,
                    programme,
                    programme,
                    random.nextBoolean() ? "Educación" : "Transporte",
                    "ejecución",
                    null,
                    "GORE",
                    null,
                    1_000_000L,
                    start,
                    start + random.nextInt(3),
                    null,
                    SOURCE,
                    false,
                    point(c[0] + (random.nextDouble() - 0.5) * 0.02, c[1] + (random.nextDouble() - 0.5) * 0.02),
                    amounts));
        }
        return out;
    }

    private static Geometry point(double lon, double lat) {
        return WGS84.createPoint(new Coordinate(lon, lat));
    }
}

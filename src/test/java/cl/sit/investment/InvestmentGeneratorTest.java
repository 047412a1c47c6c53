package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.investment.InvestmentGenerator.Anchor;
import cl.sit.investment.InvestmentGenerator.Area;
import java.io.InputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/** The illustrative generator, on the real Los Ríos communes and urban centres shipped in data/. */
class InvestmentGeneratorTest {

    private static List<Area> communes;
    private static List<Anchor> centres;

    @BeforeAll
    static void load() throws Exception {
        communes = losRiosCommunes();
        centres = losRiosCentres();
    }

    /** The Los Ríos communes shipped in data/, as generator areas. */
    static List<Area> losRiosCommunes() throws Exception {
        return read("los-rios/comunas_los_rios_bcn.geojson").stream()
                .map(f -> new Area(
                        (String) f.properties().get("cut"),
                        (String) f.properties().get("comuna"),
                        f.geometry()))
                .toList();
    }

    /** The Los Ríos urban centres shipped in data/, as generator anchors. */
    static List<Anchor> losRiosCentres() throws Exception {
        return read("los-rios/centros_urbanos_los_rios.geojson").stream()
                .map(f -> new Anchor(
                        (String) f.properties().get("nombre"),
                        (String) f.properties().get("cut"),
                        (Point) f.geometry()))
                .toList();
    }

    @Test
    void sameSeedGivesTheSameProjects() {
        List<InvestmentProject> a = new InvestmentGenerator(2026, "Los Ríos", communes, centres).generate(300);
        List<InvestmentProject> b = new InvestmentGenerator(2026, "Los Ríos", communes, centres).generate(300);
        assertThat(a).isEqualTo(b);
        List<InvestmentProject> other = new InvestmentGenerator(7, "Los Ríos", communes, centres).generate(300);
        assertThat(other).isNotEqualTo(a);
    }

    @Test
    void projectsAreIllustrativeAndPlausible() {
        List<InvestmentProject> projects = new InvestmentGenerator(2026, "Los Ríos", communes, centres).generate(300);
        Set<String> codes = new HashSet<>();
        for (InvestmentProject p : projects) {
            assertThat(p.illustrative()).isTrue();
            assertThat(p.dataSource()).contains("ilustrativo", "no son datos reales");
            assertThat(codes.add(p.bipCode())).as("unique BIP code").isTrue();
            assertThat(p.startYear()).isBetween(2003, 2026);
            assertThat(p.endYear()).isBetween(p.startYear(), 2026);
            assertThat(p.totalCostClp()).isPositive().isEqualTo(p.totalCostClp() / 1000 * 1000);
            assertThat(p.stage()).isIn(Stages.STAGES.toArray());
            assertThat(p.status()).isIn("terminado", "en ejecución", null);
            assertThat(p.geometry().isValid()).as(p.name()).isTrue();
            assertThat(p.geometry().getSRID()).isEqualTo(4326);
        }
        Map<String, Long> programmes = count(projects, InvestmentProject::programme);
        assertThat(programmes.keySet())
                .containsExactlyInAnyOrder(
                        "FNDR", "FRIL", "PMU", "PIRDT", "Chile Emprende", "MOP", "MINVU", "MINSAL", "MINEDUC");
        Map<String, Long> kinds = count(projects, p -> p.geometry().getGeometryType());
        assertThat(kinds.keySet()).containsExactlyInAnyOrder("Point", "LineString", "Polygon");
        assertThat(kinds.get("Point")).isGreaterThan(kinds.get("LineString"));
    }

    @Test
    void pointsAndSitesLieInTheirCommuneAndRoadsJoinUrbanCentres() {
        Map<String, Geometry> byCut = communes.stream().collect(Collectors.toMap(Area::cut, Area::geometry));
        List<InvestmentProject> projects = new InvestmentGenerator(2026, "Los Ríos", communes, centres).generate(300);
        int mismatches = 0;
        for (InvestmentProject p : projects) {
            Geometry g = p.geometry();
            if (g instanceof org.locationtech.jts.geom.LineString line) {
                assertThat(centres).anyMatch(c -> c.point().getCoordinate().equals2D(line.getCoordinateN(0)));
                assertThat(centres)
                        .anyMatch(
                                c -> c.point().getCoordinate().equals2D(line.getCoordinateN(line.getNumPoints() - 1)));
                continue;
            }
            // Points lie inside a commune; coastal sites may reach into the sea, but touch their commune.
            assertThat(byCut.values()).as(p.name()).anyMatch(c -> c.intersects(g));
            if (!byCut.get(p.declaredCommune()).intersects(g)) {
                mismatches++;
            }
        }
        // About 3 % of projects declare another commune, on purpose (reconciliation cases).
        assertThat(mismatches).isBetween(1, 20);
    }

    @Test
    void bipCodesCarryAModulo11CheckDigit() {
        assertThat(InvestmentGenerator.bipCode(0)).matches("30100000-[0-9K]");
        assertThat(InvestmentGenerator.bipCode(999_999)).startsWith("31099999-");
    }

    @Test
    void scalesWithoutHoldingProjects() {
        long[] count = {0};
        new InvestmentGenerator(1, null, communes, List.of()).generate(20_000, p -> count[0]++);
        assertThat(count[0]).isEqualTo(20_000);
    }

    private static <K> Map<K, Long> count(List<InvestmentProject> projects, Function<InvestmentProject, K> key) {
        return projects.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static List<SourceFeature> read(String path) throws Exception {
        try (InputStream in = InvestmentGeneratorTest.class.getClassLoader().getResourceAsStream("seed/" + path)) {
            return GeoJsonReader.readFeatures(in);
        }
    }
}

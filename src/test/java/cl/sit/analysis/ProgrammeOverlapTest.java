package cl.sit.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.analysis.ProgrammeOverlap.Pair;
import cl.sit.analysis.ProgrammeOverlap.Project;
import cl.sit.analysis.ProgrammeOverlap.Reason;
import cl.sit.geometry.Geometries;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class ProgrammeOverlapTest {

    @Test
    void sameCommuneSectorAndYearsAcrossProgrammesIsAPairOnlyWhenNear() {
        List<Project> projects = List.of(
                project(1, "FNDR", "Salud", 2010, 2012, "POINT (0 0)", "14101"),
                project(2, "MINSAL", "Salud", 2012, 2014, "POINT (0.0005 0)", "14101", "14102"),
                project(3, "PMU", "Salud", 2012, 2014, "POINT (0.5 0)", "14101"));
        List<Pair> pairs = ProgrammeOverlap.find(projects, 100);
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).reasons()).containsExactly(Reason.TERRITORIO_ANIOS_SECTOR, Reason.CERCANIA_ANIOS);
        assertThat(pairs.get(0).reason().code()).isEqualTo("territorio_anios_sector");
        assertThat(pairs.get(0).communes()).containsExactly("14101");
        // Project 3 shares commune, sector and years with both, 55 km away: that is a coincidence of the commune
        // (counted per commune, sector and year), not a pair; as pairs it grew with the square of the projects.
        assertThat(pairs).noneMatch(p -> p.a().id() == 3 || p.b().id() == 3);
    }

    @Test
    void otherSectorOrDisjointYearsAreNotPairs() {
        assertThat(ProgrammeOverlap.find(
                        List.of(
                                project(1, "FNDR", "Salud", 2010, 2012, "POINT (0 0)", "14101"),
                                project(3, "MINSAL", "Educación", 2010, 2012, "POINT (5 5)", "14101"),
                                project(4, "FRIL", "Salud", 2013, 2015, "POINT (9 9)", "14101")),
                        100))
                .isEmpty();
    }

    @Test
    void pairsWhoseYearsDoNotOverlapAreNeverReported() {
        // Same place, same commune and sector, one programme or two: years 2005-2006 against 2007-2021.
        assertThat(ProgrammeOverlap.find(
                        List.of(
                                project(1, "FNDR", "Transporte", 2005, 2006, "LINESTRING (0 0, 1 0)", "14101"),
                                project(2, "MOP", "Transporte", 2007, 2021, "POINT (0.5 0)", "14101"),
                                project(3, "FNDR", "Transporte", 2022, 2023, "POINT (1 0)", "14101")),
                        20_000))
                .isEmpty();
    }

    @Test
    void geometriesWithinTheDistanceInTheSameYearsArePairedWithIt() {
        List<Pair> pairs = ProgrammeOverlap.find(
                List.of(
                        project(1, "FNDR", "Transporte", 2005, 2006, "LINESTRING (0 0, 1 0)", "14101"),
                        project(2, "MOP", "Energía", 2006, 2021, "POINT (1.005 0)", "14102"),
                        project(3, "PMU", "Deportes", 2006, 2021, "POINT (1.02 0)", "14102")),
                1000);
        assertThat(pairs).hasSize(1);
        Pair p = pairs.get(0);
        assertThat(p.reasons()).containsExactly(Reason.CERCANIA_ANIOS);
        assertThat(p.reason().code()).isEqualTo("cercania_anios");
        assertThat(p.a().id()).isEqualTo(1);
        assertThat(p.b().id()).isEqualTo(2);
        assertThat(p.distanceM()).isCloseTo(556.60, offset(0.01));
        assertThat(p.communes()).containsExactly("14101", "14102");
    }

    @Test
    void theSameProgrammeNearbyInTheSameYearsIsAPossibleDuplicate() {
        List<Pair> pairs = ProgrammeOverlap.find(
                List.of(
                        project(1, "FNDR", "Salud", 2010, 2012, "POINT (0 0)", "14101"),
                        project(2, "FNDR", "Salud", 2011, 2011, "POINT (0.001 0)", "14101"),
                        project(3, "FNDR", "Salud", 2010, 2012, "POINT (1 0)", "14101")),
                500);
        assertThat(pairs).singleElement().satisfies(p -> {
            assertThat(p.reasons()).containsExactly(Reason.MISMO_PROGRAMA);
            assertThat(p.reason().code()).isEqualTo("mismo_programa");
            assertThat(p.a().id()).isEqualTo(1);
            assertThat(p.b().id()).isEqualTo(2);
        });
    }

    @Test
    void onePairPerTwoProjectsWithEveryReasonSortedByStrengthThenIds() {
        List<Pair> pairs = ProgrammeOverlap.find(
                List.of(
                        project(9, "PMU", "Salud", 2010, 2012, "POINT (0 0.5)", "14101"),
                        project(5, "FNDR", "Salud", 2010, 2012, "POINT (0 0)", "14101"),
                        project(4, "MINSAL", "Salud", 2012, 2013, "POINT (0.001 0)", "14101"),
                        project(7, "MOP", "Vialidad", 2012, 2012, "POINT (0.002 0)", "14102"),
                        project(8, "MOP", "Vialidad", 2012, 2012, "POINT (0.003 0)", "14102")),
                500);
        assertThat(pairs)
                .extracting(Pair::toString)
                .containsExactly(
                        "4-5 [TERRITORIO_ANIOS_SECTOR, CERCANIA_ANIOS]",
                        "4-7 [CERCANIA_ANIOS]",
                        "4-8 [CERCANIA_ANIOS]",
                        "5-7 [CERCANIA_ANIOS]",
                        "5-8 [CERCANIA_ANIOS]",
                        "7-8 [MISMO_PROGRAMA]");
        assertThat(ProgrammeOverlap.find(
                                List.of(
                                        project(1, "FNDR", "Salud", 2010, 2012, "POINT (0 0)", "14101"),
                                        project(2, "MINSAL", "Salud", 2012, 2013, "POINT (0.001 0)", "14101")),
                                500)
                        .get(0)
                        .communes())
                .containsExactly("14101");
    }

    @Test
    void labelsAreSpanishAndNameTheDistance() {
        assertThat(Reason.CERCANIA_ANIOS.label(750)).isEqualTo("A menos de 750 m y en años que se superponen");
        assertThat(Reason.TERRITORIO_ANIOS_SECTOR.label(750))
                .isEqualTo("Misma comuna, mismo sector, años que se superponen y a menos de 750 m");
    }

    @Test
    void intersectingGeometriesAreAtDistanceZero() {
        List<Pair> pairs = ProgrammeOverlap.find(
                List.of(
                        project(7, "FNDR", "Turismo", 2005, 2020, "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))", "14101"),
                        project(8, "PIRDT", "Energía", 2020, 2021, "LINESTRING (0.5 0.5, 2 2)", "14101")),
                0);
        assertThat(pairs).singleElement().satisfies(p -> assertThat(p.distanceM())
                .isZero());
    }

    @Test
    void oneProjectAgainstItsNeighboursFindsItsPairsOfTheWholeAnalysis() {
        List<Project> projects = List.of(
                project(1, "FNDR", "Salud", 2010, 2012, "POINT (-73.2 -39.8)", "14101"),
                project(2, "MINSAL", "Salud", 2012, 2014, "POINT (-73.0 -39.6)", "14101"),
                project(3, "FNDR", "Vivienda", 2011, 2011, "POINT (-73.2035 -39.8)", "14102"),
                project(4, "PMU", "Deportes", 2011, 2013, "LINESTRING (-73.21 -39.802, -73.19 -39.802)", "14101"),
                project(5, "PMU", "Salud", 2015, 2016, "POINT (-73.2 -39.8)", "14101"),
                project(6, "FRIL", "Salud", 2009, 2010, "POINT (-73.5 -39.9)", "14103"));
        List<Pair> all = ProgrammeOverlap.find(projects, 500);
        for (Project p : projects) {
            List<String> expected = all.stream()
                    .filter(x -> x.a() == p || x.b() == p)
                    .map(Pair::toString)
                    .toList();
            assertThat(ProgrammeOverlap.against(p, projects, 500))
                    .as("project " + p.id())
                    .extracting(Pair::toString)
                    .containsExactlyElementsOf(expected);
        }
        assertThat(ProgrammeOverlap.against(projects.get(0), projects, 500))
                .extracting(Pair::toString)
                .containsExactly("1-4 [CERCANIA_ANIOS]", "1-3 [MISMO_PROGRAMA]");
    }

    @Test
    void aPairJustInsideTheDistanceNorthSouthIsFoundFromEitherSide() {
        // 0.004493 degrees of latitude at 40° S is 498.9 m on WGS84 (a degree there is 111,033 m): a search widened
        // with 111,320 m a degree stopped at 0.0044916 degrees and missed it.
        List<Project> projects = List.of(
                project(1, "FNDR", "Salud", 2010, 2012, "POINT (-73 -40)", "14101"),
                project(2, "FRIL", "Vivienda", 2011, 2011, "POINT (-73 -39.995507)", "14101"));
        assertThat(ProgrammeOverlap.find(projects, 500)).singleElement().satisfies(p -> assertThat(p.distanceM())
                .isBetween(498.0, 500.0));
        assertThat(ProgrammeOverlap.against(projects.get(1), List.of(projects.get(0)), 500))
                .hasSize(1);
        assertThat(ProgrammeOverlap.find(projects, 498)).isEmpty();
    }

    @Test
    void eachProjectAgainstItsSearchEnvelopeGivesThePairsOfTheWholeAnalysisAcrossLatitudeBands() {
        // Points and short lines scattered over a band edge (40° S), many of them near 500 m from each other.
        Random random = new Random(11);
        List<Project> projects = new ArrayList<>();
        for (int id = 1; id <= 600; id++) {
            double x = -73 + random.nextDouble() * 0.05;
            double y = -40.02 + random.nextDouble() * 0.04;
            String wkt = id % 3 == 0
                    ? "LINESTRING (%s %s, %s %s)".formatted(x, y, x + 0.003, y + 0.004)
                    : "POINT (%s %s)".formatted(x, y);
            projects.add(project(id, id % 2 == 0 ? "FNDR" : "FRIL", "Salud", 2010, 2011, wkt, "14101"));
        }
        Set<String> whole = new HashSet<>(ProgrammeOverlap.find(projects, 500).stream()
                .map(Pair::toString)
                .toList());
        Set<String> oneByOne = new HashSet<>();
        STRtree index = new STRtree();
        projects.forEach(p -> index.insert(p.geometry().getEnvelopeInternal(), p));
        for (Project p : projects) {
            List<Project> near = index.query(SearchEnvelope.around(p.geometry(), 500)).stream()
                    .map(Project.class::cast)
                    .toList();
            ProgrammeOverlap.against(p, near, 500).forEach(pair -> oneByOne.add(pair.toString()));
        }
        assertThat(whole).hasSizeGreaterThan(1000);
        assertThat(oneByOne).isEqualTo(whole);
    }

    private static Project project(
            int id, String programme, String sector, int from, int to, String wkt, String... communes) {
        return new Project(id, "p" + id, programme, sector, from, to, Set.of(communes), geometry(wkt));
    }

    private static Geometry geometry(String text) {
        try {
            return new WKTReader(Geometries.FACTORY).read(text);
        } catch (ParseException e) {
            throw new IllegalArgumentException(e);
        }
    }
}

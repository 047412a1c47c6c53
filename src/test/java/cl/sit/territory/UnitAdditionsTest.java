package cl.sit.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitAdditionsTest {

    private static final UnitAdditions.Project SCHOOL = new UnitAdditions.Project(
            "Educación",
            "FNDR",
            0.25,
            List.of(new UnitAdditions.Year(2024, 1_000, 100), new UnitAdditions.Year(2025, 2_000, 0)));
    private static final UnitAdditions.Project ROAD =
            new UnitAdditions.Project("Transporte", "FRIL", 0, List.of(new UnitAdditions.Year(2024, 400, 400)));
    private static final UnitAdditions.Project CLINIC =
            new UnitAdditions.Project("Educación", "PMU", 0, List.of(new UnitAdditions.Year(2024, 10, 10)));

    @Test
    void sumsEachUnitsYearsWithSharesAndThePartOutsideCommunes() {
        UnitAdditions additions = new UnitAdditions();
        additions.add("14101", UnitShares.COMMUNE, 0.75, SCHOOL);
        additions.add("141", UnitShares.PROVINCE, 0.75, SCHOOL);
        additions.add("14101", UnitShares.COMMUNE, 0.5, ROAD);
        additions.add("14102", UnitShares.COMMUNE, 0.5, ROAD);

        assertThat(additions.yearRows())
                .containsExactly(
                        new Object[] {"141", 2024, 750.0, 75.0, 250.0, 25.0},
                        new Object[] {"141", 2025, 1500.0, 0.0, 500.0, 0.0},
                        new Object[] {"14101", 2024, 950.0, 275.0, 250.0, 25.0},
                        new Object[] {"14101", 2025, 1500.0, 0.0, 500.0, 0.0},
                        new Object[] {"14102", 2024, 200.0, 200.0, 0.0, 0.0});
    }

    @Test
    void countsMembershipsAlsoOfProjectsWithoutAmounts() {
        UnitAdditions additions = new UnitAdditions();
        additions.add("14101", UnitShares.COMMUNE, 1, SCHOOL);
        additions.add("14101", UnitShares.COMMUNE, 1, null);
        additions.add("14", UnitShares.REGION, 1, null);

        assertThat(additions.summaryRows()).containsExactly(new Object[] {"14", 1}, new Object[] {"14101", 2});
        assertThat(additions.yearRows()).hasSize(2);
    }

    @Test
    void programmesAreCountedForCommunesOnlyAndTheirCellsListedOnce() {
        UnitAdditions additions = new UnitAdditions();
        additions.add("14101", UnitShares.COMMUNE, 0.5, SCHOOL);
        additions.add("141", UnitShares.PROVINCE, 0.5, SCHOOL);
        additions.add("14101", UnitShares.COMMUNE, 1, CLINIC);
        additions.add("14101", UnitShares.COMMUNE, 0.2, SCHOOL);

        assertThat(additions.programmeRows())
                .containsExactly(
                        new Object[] {"14101", "Educación", 2024, "FNDR", 2},
                        new Object[] {"14101", "Educación", 2024, "PMU", 1},
                        new Object[] {"14101", "Educación", 2025, "FNDR", 2});
        assertThat(additions.cells())
                .containsExactly(new Object[] {"14101", "Educación", 2024}, new Object[] {"14101", "Educación", 2025});
    }

    @Test
    void totalsAreTheProjectsAmountsOverItsYears() {
        assertThat(SCHOOL.totals()).containsExactly(3_000, 100);
    }
}

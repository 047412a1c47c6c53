package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.analysis.ProgrammeOverlap.Reason;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which way a territory's overlap page is read, from the kept counts (figures of 1,000,000 projects). */
class OverlapPagesTest {

    private static final Map<Reason, Long> EVERY = Map.of(
            Reason.TERRITORIO_ANIOS_SECTOR,
            245_415L,
            Reason.CERCANIA_ANIOS,
            1_724_255L,
            Reason.MISMO_PROGRAMA,
            217_957L);

    @Test
    void walkingStopsWithinTheFirstReasonThatHoldsTheWantedPairs() {
        Map<Reason, Long> unit = Map.of(Reason.TERRITORIO_ANIOS_SECTOR, 155L, Reason.CERCANIA_ANIOS, 1_217L);
        assertThat(OverlapPages.scanRows(unit, EVERY, 8)).isCloseTo(8 * 245_415.0 / 155, offset(1e-6));
        // Past the 155 of the first reason: all of it walked, then 45 of the unit's 1,217 of the second.
        assertThat(OverlapPages.scanRows(unit, EVERY, 200)).isCloseTo(245_415 + 45 * 1_724_255.0 / 1_217, offset(1e-6));
        // More than the unit has: every pair walked.
        assertThat(OverlapPages.scanRows(unit, EVERY, 5_000)).isEqualTo(245_415 + 1_724_255 + 217_957);
    }

    @Test
    void aFewPairsAreReadThroughTheUnitsProjectsManyByWalking() {
        // A commune of 667 pairs: 5 ms through its projects, 8 ms walking (measured on PostgreSQL).
        assertThat(OverlapPages.throughProjects(
                        Map.of(
                                Reason.TERRITORIO_ANIOS_SECTOR,
                                69L,
                                Reason.CERCANIA_ANIOS,
                                523L,
                                Reason.MISMO_PROGRAMA,
                                75L),
                        EVERY,
                        8))
                .isTrue();
        // A commune of 1,543 pairs: 6.4 ms against 2.4 ms.
        assertThat(OverlapPages.throughProjects(
                        Map.of(
                                Reason.TERRITORIO_ANIOS_SECTOR,
                                155L,
                                Reason.CERCANIA_ANIOS,
                                1_217L,
                                Reason.MISMO_PROGRAMA,
                                171L),
                        EVERY,
                        8))
                .isFalse();
        // A region of 31,804 pairs: walking.
        assertThat(OverlapPages.throughProjects(
                        Map.of(
                                Reason.TERRITORIO_ANIOS_SECTOR,
                                3_600L,
                                Reason.CERCANIA_ANIOS,
                                25_000L,
                                Reason.MISMO_PROGRAMA,
                                3_204L),
                        EVERY,
                        8))
                .isFalse();
        // A unit with no pair: nothing to read either way, through its projects.
        assertThat(OverlapPages.throughProjects(Map.of(), EVERY, 8)).isTrue();
    }
}

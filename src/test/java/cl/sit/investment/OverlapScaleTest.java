package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.analysis.ProgrammeOverlap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The overlap analysis at the size of a region's real portfolio: 20,000 generated projects on the Los Ríos communes
 * compute in seconds (it took minutes when every pair of a commune and sector was compared and years were ignored).
 * A generous bound against a quadratic regression, not a micro-benchmark; the time is printed.
 */
class OverlapScaleTest {

    @Test
    void twentyThousandProjectsComputeInSeconds() throws Exception {
        List<ProgrammeOverlap.Project> projects = new ArrayList<>();
        new InvestmentGenerator(
                        2026,
                        "Los Ríos",
                        InvestmentGeneratorTest.losRiosCommunes(),
                        InvestmentGeneratorTest.losRiosCentres())
                .generate(
                        20_000,
                        p -> projects.add(new ProgrammeOverlap.Project(
                                projects.size() + 1,
                                p.name(),
                                p.programme(),
                                p.sector(),
                                p.startYear(),
                                p.endYear(),
                                Set.of(p.declaredCommune()),
                                p.geometry())));
        long start = System.nanoTime();
        List<ProgrammeOverlap.Pair> pairs = ProgrammeOverlap.find(projects, 500);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "ProgrammeOverlap: %,d projects, %,d pairs in %.2f s%n", projects.size(), pairs.size(), seconds);
        assertThat(seconds).isLessThan(20);
        assertThat(pairs).isNotEmpty().allSatisfy(p -> {
            assertThat(p.a().startYear()).isLessThanOrEqualTo(p.b().endYear());
            assertThat(p.b().startYear()).isLessThanOrEqualTo(p.a().endYear());
        });
        assertThat(pairs).isSortedAccordingTo(ProgrammeOverlap.ORDER);
    }
}

package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.investment.InvestmentProject.YearAmount;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKTReader;

/** What a project's history records between two states of it. */
class ProjectStateTest {

    static InvestmentProject project(String name, String status, long cost, String wkt) throws Exception {
        Geometry g = new WKTReader().read(wkt);
        return new InvestmentProject(
                "1-1",
                name,
                "FNDR",
                "FNDR",
                "Salud",
                "diseño",
                status,
                "GORE",
                null,
                cost,
                2024,
                2025,
                "14101",
                "Importación",
                false,
                g,
                InvestmentGenerator.amounts(cost, 2024, 2025, "diseño", status));
    }

    @Test
    void anUnchangedProjectHasNoChangesAndBlankTextReadsAsAbsent() throws Exception {
        ProjectState a = ProjectState.of(project("Posta", null, 1_000, "POINT (-73.39 -39.87)"));
        ProjectState b = ProjectState.of(project("Posta", " ", 1_000, "POINT (-73.39 -39.87)"));
        assertThat(b.differsFrom(a)).isFalse();
        assertThat(b.changesFrom(a).isEmpty()).isTrue();
    }

    /** An import records its creations without writing each geometry as WKT, and records the same as a form. */
    @Test
    void aCreationRecordsEveryFieldAndAmountAndTheGeometry() throws Exception {
        InvestmentProject p = project("Posta", "terminado", 3_000, "LINESTRING (-73.39 -39.87, -73.40 -39.88)");
        ProjectState.Changes created = ProjectState.created(p);
        assertThat(created).isEqualTo(ProjectState.of(p).asCreated());
        assertThat(created.campos()).contains(new ProjectState.FieldChange("nombre", null, "Posta"));
        assertThat(created.montos()).hasSize(2);
        assertThat(created.geometriaCambiada()).isTrue();
    }

    @Test
    void aChangeListsTheFieldsTheYearsAndTheGeometry() throws Exception {
        ProjectState before = ProjectState.of(project("Posta", null, 1_000, "POINT (-73.39 -39.87)"));
        ProjectState after = ProjectState.of(project("Posta rural", "terminado", 3_000, "POINT (-73.40 -39.87)"));
        ProjectState.Changes c = after.changesFrom(before);
        assertThat(c.campos())
                .containsExactly(
                        new ProjectState.FieldChange("nombre", "Posta", "Posta rural"),
                        new ProjectState.FieldChange("estado", null, "terminado"),
                        new ProjectState.FieldChange("costo_total_clp", 1_000L, 3_000L));
        assertThat(c.montos())
                .containsExactly(
                        new ProjectState.AmountChange(2024, 500L, 1_500L, 0L, 1_500L),
                        new ProjectState.AmountChange(2025, 500L, 1_500L, 0L, 1_500L));
        assertThat(c.geometriaCambiada()).isTrue();
    }

    @Test
    void aYearAddedOrDroppedHasNoAmountOnItsMissingSide() throws Exception {
        ProjectState before = new ProjectState(
                ProjectState.of(project("P", null, 10, "POINT (0 0)")).fields(),
                "POINT (0 0)",
                List.of(new YearAmount(2023, 10, 0)));
        ProjectState after = new ProjectState(before.fields(), "POINT (0 0)", List.of(new YearAmount(2024, 10, 0)));
        assertThat(after.changesFrom(before).montos())
                .containsExactly(
                        new ProjectState.AmountChange(2023, 10L, null, 0L, null),
                        new ProjectState.AmountChange(2024, null, 10L, null, 0L));
        assertThat(after.changesFrom(before).geometriaCambiada()).isFalse();
        assertThat(after.asCreated().campos())
                .extracting(ProjectState.FieldChange::anterior)
                .containsOnlyNulls();
    }
}

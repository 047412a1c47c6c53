package cl.sit.agenda21;

import cl.sit.agenda21.CompletenessMatrix.Cell;
import cl.sit.agenda21.CompletenessMatrix.Column;
import cl.sit.agenda21.CompletenessMatrix.Row;
import cl.sit.agenda21.CompletenessMatrix.Share;
import cl.sit.agenda21.review.ReviewStatus;
import cl.sit.system.ErrorCode;
import cl.sit.web.Pages;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * A fixed completeness matrix for the page slices: region 14 (Los Ríos) with two Agenda 21 layers ({@link #WASTE},
 * {@link #LAND_USE}) and two communes. Valdivia's waste sites are published (3 features, edited by {@link #EDITOR},
 * with the note {@link Pages#HOSTILE}, and may be sent back to review); its land use and all of Corral are empty
 * drafts that may be sent to review. Any other region is {@code RegionNotFound}. Who may see the names and notes is
 * {@link Completeness}'s concern, tested by the dashboard ITs; here they are always there.
 */
@TestConfiguration(proxyBeanMethods = false)
public class InMemoryCompleteness {

    public static final String WASTE = "a21-residuos";
    public static final String LAND_USE = "a21-uso-suelo";
    public static final String EDITOR = "ana.editora";
    public static final OffsetDateTime EDITED = OffsetDateTime.of(2026, 5, 4, 10, 0, 0, 0, ZoneOffset.UTC);

    @Bean
    CompletenessMatrices completenessMatrices() {
        return region -> {
            if (!region.equals(Completeness.DEFAULT_REGION)) {
                throw ErrorCode.REGION_NOT_FOUND.exception("No existe la región " + region);
            }
            Cell published = new Cell(
                    WASTE,
                    "14101",
                    3,
                    4,
                    1,
                    EDITED,
                    EDITOR,
                    ReviewStatus.PUBLISHED,
                    "admin",
                    EDITED.minusDays(1),
                    Pages.HOSTILE,
                    List.of(ReviewStatus.REVIEW));
            List<Cell> valdivia = List.of(published, draft(LAND_USE, "14101"));
            List<Cell> corral = List.of(draft(WASTE, "14102"), draft(LAND_USE, "14102"));
            return new CompletenessMatrix(
                    "14",
                    "Los Ríos",
                    Completeness.PACKAGE,
                    List.of(
                            new Column(WASTE, "Sitios de residuos (Agenda 21)", new Share(2, 1, 1)),
                            new Column(LAND_USE, "Uso de suelo (Agenda 21)", new Share(2, 0, 0))),
                    List.of(
                            new Row("14101", "Valdivia", valdivia, new Share(2, 1, 1)),
                            new Row("14102", "Corral", corral, new Share(2, 0, 0))),
                    new Share(4, 1, 1));
        };
    }

    private static Cell draft(String layer, String cut) {
        return new Cell(
                layer, cut, 0, 0, 0, null, null, ReviewStatus.DRAFT, null, null, null, List.of(ReviewStatus.REVIEW));
    }
}

package cl.sit.agenda21;

import cl.sit.agenda21.review.ReviewWorkflow;
import cl.sit.agenda21.review.StatusChanges;
import cl.sit.system.ErrorCode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The completeness matrix of Los Ríos for the completeness slice (one layer, Valdivia with features and published,
 * Corral empty; any other region is the application's 404), and status changes that keep the request they were given
 * and answer it as done by the signed-in user. The matrix's figures and the workflow's rules (transitions, grants,
 * notes) are tested on both databases by the ITs.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryCompletenessWorkflow {

    static final String LAYER = "a21-residuos";
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    static CompletenessMatrix.Cell cell(String cut, long features, String status) {
        return new CompletenessMatrix.Cell(
                LAYER, cut, features, 2, 0, AT, "ana", status, "ana", AT, "Revisada; 2 = 1+1", List.of());
    }

    @Bean
    CompletenessMatrices matrices() {
        return region -> {
            if (!region.equals(Completeness.DEFAULT_REGION)) {
                throw ErrorCode.REGION_NOT_FOUND.exception("No existe la región " + region);
            }
            CompletenessMatrix.Share total = new CompletenessMatrix.Share(2, 1, 1);
            return new CompletenessMatrix(
                    region,
                    "Los Ríos",
                    "agenda21",
                    List.of(new CompletenessMatrix.Column(LAYER, "Sitios de residuos", total)),
                    List.of(
                            new CompletenessMatrix.Row(
                                    "14101",
                                    "Valdivia",
                                    List.of(cell("14101", 12, "publicada")),
                                    new CompletenessMatrix.Share(1, 1, 1)),
                            new CompletenessMatrix.Row(
                                    "14102",
                                    "Corral",
                                    List.of(cell("14102", 0, "borrador")),
                                    new CompletenessMatrix.Share(1, 0, 0))),
                    total);
        };
    }

    /** Keeps the last request. */
    static class Changes implements StatusChanges {

        final AtomicReference<ReviewWorkflow.Request> last = new AtomicReference<>();

        @Override
        public ReviewWorkflow.Outcome change(ReviewWorkflow.Request r) {
            last.set(r);
            String user = SecurityContextHolder.getContext().getAuthentication().getName();
            return new ReviewWorkflow.Outcome(r.layer(), r.cut(), "borrador", r.status(), user, AT, r.nota());
        }
    }

    @Bean
    Changes statusChanges() {
        return new Changes();
    }
}

package cl.sit.regionalization;

import cl.sit.territory.CustomTerritory;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * The regionalization stores for the regionalization slice: one stored result ({@link #STORED}, no regions), runs
 * that keep the request they were given and answer {@link #RUN}, saves that answer one territory by the user who
 * asked, a one-variable catalog, and no shapes; the real downloads ({@link RegionalizationDownloads}). The runs
 * themselves and what they store are tested on both databases by the ITs.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import(RegionalizationDownloads.class)
class InMemoryRegionalizations {

    static final String STORED = "r-guardada";
    static final String RUN = "r-nueva";
    static final OffsetDateTime AT = OffsetDateTime.of(2026, 3, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    static RegionalizationDocument document(String id, String note) {
        return new RegionalizationDocument(
                id, AT, "skater", null, null, "z", List.of(), 3, null, null, null, null, null, 3, note, null, List.of(),
                List.of(), null, 5);
    }

    /** Keeps the last run's request and user. */
    static class Runs implements RegionalizationData.Runs {

        final AtomicReference<RegionalizationRequest> request = new AtomicReference<>();
        final AtomicReference<String> user = new AtomicReference<>();

        @Override
        public RegionalizationDocument run(RegionalizationRequest q, String body, String user) {
            request.set(q);
            this.user.set(user);
            return document(RUN, body);
        }
    }

    @Bean
    Runs runs() {
        return new Runs();
    }

    @Bean
    RegionalizationData.Stored stored() {
        return id -> id.equals(STORED) ? Optional.of(document(STORED, null)) : Optional.empty();
    }

    @Bean
    RegionalizationData.Territories territories() {
        return (id, body, user) -> {
            if (!id.equals(STORED)) {
                throw RegionalizationController.notFound(id);
            }
            return List.of(new CustomTerritory(
                    "th-uno", body.get("nombres").get(0).asString(), null, "homogeneo", 10.5, List.of(), user, AT));
        };
    }

    @Bean
    RegionalizationData.Variables variables() {
        return () -> new VariableCatalog.Catalog(
                List.of(new VariableCatalog.Entry("poblacion", "Población", "personas", true, List.of())),
                List.of("FNDR"),
                List.of("Salud"),
                List.of(),
                List.of("14"),
                List.of(new VariableCatalog.ZoneCommune("14101", "Valdivia", 60)),
                new VariableCatalog.Limits(8, 30, 2000, 50, 20_000));
    }

    @Bean
    RegionalizationData.Shapes shapes() {
        return doc -> List.of();
    }
}

package cl.sit.profile;

import cl.sit.conservation.ConservationCoverage;
import cl.sit.territory.Surface;
import cl.sit.web.Pages;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In-memory profiles for the profile slices: one commune, Valdivia ({@link #VALDIVIA}), whose investment echoes the
 * period and amount asked for, and its two largest projects, and a custom territory ({@link #CUSTOM}) whose name and
 * source are {@link Pages#HOSTILE}; any other code is unknown. The index lists them with Valdivia's province and
 * region. The figures are the
 * stores' (tested on both databases by the ITs) and illustrative here.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryProfiles {

    static final String VALDIVIA = "14101";
    static final String CUSTOM = "red-rural";

    static final List<TopProject> PROJECTS = List.of(
            new TopProject(
                    1,
                    "30000001-0",
                    "Puente Sur",
                    "FNDR",
                    "Transporte",
                    "Ejecución",
                    2019,
                    2022,
                    4_000_000_000L,
                    0.5,
                    2e9,
                    true,
                    0.1),
            new TopProject(
                    2,
                    "30000002-0",
                    "Posta Rural",
                    "FNDR",
                    "Salud",
                    "Diseño",
                    2020,
                    2021,
                    600_000_000L,
                    1,
                    6e8,
                    true,
                    0));

    @Bean
    ProfileData profiles() {
        return new ProfileData() {
            @Override
            public Optional<TerritoryProfile> find(String code, ProfileQuery q) {
                return switch (code) {
                    case VALDIVIA -> Optional.of(valdivia(q));
                    case CUSTOM -> Optional.of(custom(q));
                    default -> Optional.empty();
                };
            }

            @Override
            public Optional<List<TopProject>> projects(String code, ProfileQuery q) {
                return code.equals(VALDIVIA)
                        ? Optional.of(PROJECTS.subList(0, Math.min(q.limit(), PROJECTS.size())))
                        : Optional.empty();
            }

            @Override
            public List<TerritoryProfile.Ref> index() {
                return List.of(
                        new TerritoryProfile.Ref("14", "Los Ríos", "region"),
                        new TerritoryProfile.Ref("141", "Valdivia", "provincia"),
                        new TerritoryProfile.Ref(VALDIVIA, "Valdivia", "comuna"),
                        new TerritoryProfile.Ref(CUSTOM, Pages.HOSTILE, TerritoryProfile.CUSTOM));
            }
        };
    }

    /** Valdivia's figures under a custom territory's code, name and source. */
    private static TerritoryProfile custom(ProfileQuery q) {
        TerritoryProfile v = valdivia(q);
        return new TerritoryProfile(
                CUSTOM,
                Pages.HOSTILE,
                TerritoryProfile.CUSTOM,
                v.areaKm2(),
                Pages.HOSTILE,
                v.superficie(),
                List.of(),
                v.comunas(),
                v.poblacion(),
                v.conservacion(),
                v.inversion(),
                v.proyectosPrincipales(),
                v.ilustrativo(),
                null);
    }

    private static TerritoryProfile valdivia(ProfileQuery q) {
        ConservationCoverage.Coverage none = new ConservationCoverage.Coverage(0, 0, List.of());
        return new TerritoryProfile(
                VALDIVIA,
                "Valdivia",
                "comuna",
                1016.0,
                "SIT, cobertura operacional",
                new Surface(1016.0, 1015.6, "SUBDERE", "Cobertura operacional"),
                List.of(new TerritoryProfile.Ref("141", "Valdivia", "provincia")),
                List.of(),
                new TerritoryProfile.Population(
                        new TerritoryProfile.Count(2017, 166_080, "INE, Censo 2017"),
                        new TerritoryProfile.Count(q.to(), 178_000, "INE, proyección"),
                        175.3),
                new TerritoryProfile.Conservation(none, none),
                new TerritoryProfile.Investment(
                        q.from(),
                        q.to(),
                        q.amount(),
                        2.6e9,
                        14_606.7,
                        2.56e6,
                        2,
                        List.of(new TerritoryProfile.Year(2020, 2.6e9, 178_000L, 2.6e9, 1.3e9)),
                        5e7),
                PROJECTS,
                true,
                null);
    }
}

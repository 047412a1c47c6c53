package cl.sit.territory;

import cl.sit.system.ErrorCode;
import cl.sit.system.InputLimits;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * In-memory stand-ins for the territory stores of the slice tests: a two-entry crosswalk (Cabrero's old code to
 * today's, and a divided commune) and custom territories kept in a map, with one ({@link #ASSOCIATION}) to start.
 * Creating needs a name and communes ({@code 10 vertices} at most for drawn zones, see {@link #limits()}); the
 * real validation is the stores' and is tested on both databases by the ITs.
 */
@TestConfiguration(proxyBeanMethods = false)
class InMemoryTerritories {

    static final String ASSOCIATION = "asociacion-sur";

    static final List<CodeCrosswalk.Entry> CROSSWALK = List.of(
            new CodeCrosswalk.Entry(
                    "10502",
                    "comuna-10502",
                    "14102",
                    "Corral",
                    "comuna",
                    "recodificacion",
                    LocalDate.of(2007, 10, 2),
                    "Ley 20.174"),
            new CodeCrosswalk.Entry(
                    "08401",
                    "comuna-08401",
                    "16101",
                    "Chillán",
                    "comuna",
                    "recodificacion",
                    LocalDate.of(2018, 9, 6),
                    "Ley 21.033"));

    @Bean
    CrosswalkEntries crosswalk() {
        return () -> CROSSWALK;
    }

    @Bean
    InputLimits limits() {
        return new InputLimits(1, 10, 100, 1, 100);
    }

    @Bean
    Custom customTerritories() {
        return new Custom();
    }

    /** Custom territories by code, in creation order. */
    static final class Custom implements CustomTerritoryStore {

        private final Map<String, CustomTerritory> byCode = new LinkedHashMap<>();

        Custom() {
            save(ASSOCIATION, "Asociación Sur", List.of("14101", "14102"), "admin");
        }

        @Override
        public synchronized CustomTerritory create(CustomTerritoryRequest request, String user) {
            if (request.nombre() == null || request.nombre().isBlank()) {
                throw ErrorCode.INVALID_BODY.exception("Falta el nombre");
            }
            String code = request.codigo() == null ? CustomTerritories.slug(request.nombre()) : request.codigo();
            if (byCode.containsKey(code)) {
                throw ErrorCode.INVALID_BODY.exception("El código '" + code + "' ya existe");
            }
            return save(code, request.nombre(), request.comunas() == null ? List.of() : request.comunas(), user);
        }

        private CustomTerritory save(String code, String name, List<String> cuts, String user) {
            List<CustomTerritory.Member> members = new ArrayList<>();
            cuts.forEach(cut -> members.add(new CustomTerritory.Member(cut, "Comuna " + cut, 1)));
            CustomTerritory t = new CustomTerritory(
                    code,
                    name,
                    null,
                    "comunas",
                    100.0 * cuts.size(),
                    members,
                    user,
                    OffsetDateTime.of(2026, 1, 2, 3, 4, 5, 0, ZoneOffset.UTC));
            byCode.put(code, t);
            return t;
        }

        @Override
        public synchronized List<CustomTerritory> all() {
            return List.copyOf(byCode.values());
        }

        @Override
        public synchronized Optional<CustomTerritory> find(String code) {
            return Optional.ofNullable(byCode.get(code));
        }
    }
}

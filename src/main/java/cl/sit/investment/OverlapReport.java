package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;

/**
 * Projects of different programmes that may repeat each other, and per-commune counts of such pairs.
 *
 * @param distanceM distance in metres within which two geometries count as overlapping
 * @param pairs the pairs, one per reason
 * @param perCommune per commune: number of pairs with a project there
 * @param communeGeometry which geometry the communes carry (the operational coverage)
 * @param ilustrativo true when the projects compared include illustrative (generated) ones
 */
record OverlapReport(@JsonProperty("distance_m") double distanceM, List<Pair> pairs,
        @JsonProperty("por_comuna") List<Commune> perCommune,
        @JsonProperty("geometria_comunas") List<String> communeGeometry, boolean ilustrativo) {

    /** A project in a pair. */
    record Side(int id, String nombre, String programa, String sector,
            @JsonProperty("anio_inicio") int startYear, @JsonProperty("anio_fin") int endYear) {

        static Side of(ProgrammeOverlap.Project p) {
            return new Side(p.id(), p.name(), p.programme(), p.sector(), p.startYear(), p.endYear());
        }
    }

    /** Two projects and why they overlap: {@code territorio_anios_sector} or {@code geometria}. */
    record Pair(Side a, Side b, String motivo, Set<String> comunas, @JsonProperty("distancia_m") double distanceM) {}

    /** Pairs touching one commune. */
    record Commune(String code, String name, int pares) {}
}

package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One page of the pairs of projects that may repeat each other in space and time, with per-commune and per-reason
 * counts over every matched pair (not only the page).
 *
 * @param distanceM distance N in metres within which two geometries count as near
 * @param pairs this page of pairs, one per two projects, sorted by the strength of their reason, then the
 *     distance, then the ids
 * @param perCommune per commune (those asked for, when filtered): number of matched pairs with a project there;
 *     empty unless asked for ({@code por_comuna=true})
 * @param communeGeometry which geometry the communes carry (the operational coverage)
 * @param numberMatched pairs matched in all (every page)
 * @param numberReturned pairs in this page
 * @param limit largest page asked for
 * @param offset matched pairs skipped before this page
 * @param perReason per reason code, strongest first: its Spanish label and the matched pairs whose strongest
 *     reason it is (the counts add up to {@code numberMatched})
 * @param ilustrativo true when the projects compared include illustrative (generated) ones
 * @param maxDistanceM the distance the pairs are stored for: the largest {@code distance_m} served
 */
record OverlapReport(
        @JsonProperty("distancia_m") double distanceM,
        @JsonProperty("pares") List<Pair> pairs,
        @JsonProperty("por_comuna") List<Commune> perCommune,
        @JsonProperty("geometria_comunas") List<String> communeGeometry,
        long numberMatched,
        int numberReturned,
        int limit,
        int offset,
        @JsonProperty("por_motivo") List<ReasonCount> perReason,
        boolean ilustrativo,
        @JsonProperty("distancia_max_m") double maxDistanceM) {

    /** A project in a pair. */
    record Side(
            int id,
            String nombre,
            String programa,
            String sector,
            @JsonProperty("anio_inicio") int startYear,
            @JsonProperty("anio_fin") int endYear) {

        static Side of(ProjectCatalog.Project p) {
            return new Side(p.id(), p.name(), p.programme(), p.sector(), p.startYear(), p.endYear());
        }
    }

    /**
     * Two projects and why they overlap.
     *
     * @param motivo the strongest reason code: {@code territorio_anios_sector}, {@code cercania_anios} or
     *     {@code mismo_programa} (see {@link ProgrammeOverlap.Reason})
     * @param comunas communes either project touches (a pair sharing commune, sector and years shares at least one)
     * @param motivos every reason code that applies, strongest first
     * @param etiqueta the Spanish label of {@code motivo}
     */
    record Pair(
            Side a,
            Side b,
            String motivo,
            Set<String> comunas,
            @JsonProperty("distancia_m") double distanceM,
            List<String> motivos,
            String etiqueta) {

        static Pair of(
                ProjectCatalog.Project a,
                ProjectCatalog.Project b,
                List<ProgrammeOverlap.Reason> reasons,
                double pairDistanceM,
                double distanceM) {
            Set<String> communes = new TreeSet<>(a.communes());
            communes.addAll(b.communes());
            return new Pair(
                    Side.of(a),
                    Side.of(b),
                    reasons.get(0).code(),
                    communes,
                    pairDistanceM,
                    reasons.stream().map(ProgrammeOverlap.Reason::code).toList(),
                    reasons.get(0).label(distanceM));
        }
    }

    /** Pairs touching one commune. */
    record Commune(
            @JsonProperty("codigo") String code,
            @JsonProperty("nombre") String name,
            int pares) {}

    /** Matched pairs whose strongest reason is {@code codigo}. */
    record ReasonCount(String codigo, String etiqueta, long pares) {}
}

package cl.sit.regionalization;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * The result of a regionalization, as {@code GET /api/regionalizations/{id}} returns it (Spanish names, values as
 * measured; sums of squares in the standardised, weighted space).
 *
 * @param id identifier of the run
 * @param metodo skater or max-p
 * @param kPedido regions asked for (SKATER), absent for max-p
 * @param intentos max-p constructions asked for, absent for SKATER
 * @param intentosHechos max-p constructions made: fewer than asked when the time limit was reached
 * @param regionesObtenidas regions formed
 * @param nota what the planner should know about this result (fewer regions than asked, imputed values), or absent
 * @param asignacion every unit with its region and its values
 * @param milisegundos time taken to compute, ms
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record RegionalizationDocument(
        String id,
        @JsonProperty("creado_en") OffsetDateTime createdAt,
        String metodo,
        Units unidades,
        Neighbours vecindad,
        String estandarizacion,
        List<VariableInfo> variables,
        @JsonProperty("k_pedido") Integer kPedido,
        FloorInfo piso,
        @JsonProperty("tamano_minimo") Integer minSize,
        Long semilla,
        Integer intentos,
        @JsonProperty("intentos_hechos") Integer intentosHechos,
        @JsonProperty("regiones_obtenidas") int regionesObtenidas,
        String nota,
        QualityReport calidad,
        List<Region> regiones,
        List<UnitRow> asignacion,
        List<Missing> faltantes,
        long milisegundos) {

    /** The unit set: kind, scope, how many, which geometry. */
    record Units(String tipo, String ambito, int cantidad, String geometria) {}

    /**
     * How neighbours were decided.
     *
     * @param regla reina (touching at a point is enough) or torre (a shared stretch of border)
     * @param distanciaM units within this distance are neighbours too (metres)
     * @param enlaces links by kind (frontera, vertice, distancia, cercana)
     * @param especiales the links not by a shared border or vertex, with their distance
     */
    record Neighbours(
            String regla,
            @JsonProperty("distancia_m") double distanciaM,
            String descripcion,
            Map<String, Long> enlaces,
            List<SpecialLink> especiales) {}

    record SpecialLink(
            String a,
            @JsonProperty("nombre_a") String nombreA,
            String b,
            @JsonProperty("nombre_b") String nombreB,
            String tipo,
            @JsonProperty("distancia_m") long distanciaM) {}

    /** A variable: its key in rows ({@code v1}...), label, weight and summary over the units (after imputation). */
    record VariableInfo(
            String clave,
            String id,
            String nombre,
            String medida,
            double peso,
            String fuente,
            double media,
            double desviacion,
            double minimo,
            double maximo,
            int faltantes) {}

    /** The floor of max-p (or of SKATER's cuts): which variable, its minimum per region. */
    record FloorInfo(String id, String nombre, double minimo) {}

    /**
     * @param ssDentro within-region sum of squares
     * @param ssTotal sum of squares of all units around the overall mean
     * @param razon ssDentro / ssTotal (lower is more homogeneous)
     * @param r2 1 - razon: the share of the variation the regions explain
     */
    record QualityReport(
            @JsonProperty("ss_dentro") double ssDentro,
            @JsonProperty("ss_total") double ssTotal,
            double razon,
            double r2) {}

    /**
     * A region's profile.
     *
     * @param numero 1, 2, ... (numbered by their first unit)
     * @param nombre a suggested name (its largest units), to be replaced by the planners' own
     * @param medias mean of each variable over its units, by key
     * @param piso sum of the floor variable, or absent
     * @param polsbyPopper 4πA/P² of the dissolved region (1 for a circle; low for long or ragged shapes)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Region(
            int numero,
            String nombre,
            List<String> unidades,
            @JsonProperty("nombres_unidades") List<String> nombresUnidades,
            int cantidad,
            Map<String, Double> medias,
            @JsonProperty("ss_dentro") double ssDentro,
            @JsonProperty("area_km2") double areaKm2,
            @JsonProperty("polsby_popper") double polsbyPopper,
            Double piso) {}

    /** A unit: its region and its values by key ({@code null}: missing and not imputed). */
    record UnitRow(String codigo, String nombre, int region, Map<String, Double> valores) {}

    /** A missing value, and the mean put in its place when {@code faltantes} is {@code media}. */
    record Missing(String codigo, String nombre, String variable, Double imputado) {}
}

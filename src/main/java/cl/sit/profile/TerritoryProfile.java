package cl.sit.profile;

import cl.sit.conservation.ConservationCoverage;
import cl.sit.territory.Surface;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The profile (ficha) of a territory: a commune, a province, a region or a custom territory. Areas are geodesic
 * km² on WGS 84; amounts are CLP of the period asked for, after each project's stored commune shares (the parts of
 * projects outside every commune are in no territory, and shown apart).
 *
 * @param codigo CUT (2, 3 or 5 digits) or custom territory code
 * @param nombre name
 * @param nivel {@code comuna}, {@code provincia}, {@code region} or {@code personalizado}
 * @param areaKm2 land area, km²
 * @param fuente source of the boundary (for a custom territory, how it was defined)
 * @param superficie geodesic and official surface, which one rates use, and which geometry the unit carries
 * @param contexto the units that contain it, region first (empty for a region or a custom territory)
 * @param comunas its communes with their weights (a commune lists itself)
 * @param poblacion population: Censo 2017 and the projection of the last year of the period
 * @param conservacion share of the area under protected areas and under priority sites
 * @param inversion investment in the period
 * @param proyectosPrincipales the projects with the largest amount in the territory, largest first
 * @param ilustrativo true when investment data include illustrative (generated) projects
 * @param vigencia for a unit no longer in force, its validity period and the units that replaced it; absent for
 *     units in force
 */
public record TerritoryProfile(
        String codigo,
        String nombre,
        String nivel,
        @JsonProperty("area_km2") double areaKm2,
        String fuente,
        Surface superficie,
        List<Ref> contexto,
        List<Member> comunas,
        Population poblacion,
        Conservation conservacion,
        Investment inversion,
        @JsonProperty("proyectos_principales") List<TopProject> proyectosPrincipales,
        boolean ilustrativo,
        @JsonInclude(JsonInclude.Include.NON_NULL) Validity vigencia) {

    public static final String CUSTOM = "personalizado";

    /** Whether this is a custom territory rather than an administrative unit. */
    public boolean personalizado() {
        return CUSTOM.equals(nivel);
    }

    /**
     * The validity of a unit no longer in force.
     *
     * @param desde first day in force, or null when older than SIT's records
     * @param hasta first day no longer in force (exclusive)
     * @param nota in words, e.g. "Unidad vigente hasta el 01-10-2007"
     * @param reemplazadaPor the units that replaced it (crosswalk)
     */
    public record Validity(
            @JsonProperty("vigente_desde") LocalDate desde,
            @JsonProperty("vigente_hasta") LocalDate hasta,
            String nota,
            @JsonProperty("reemplazada_por") List<Ref> reemplazadaPor) {

        static Validity of(LocalDate from, LocalDate to, List<Ref> successors) {
            return new Validity(
                    from,
                    to,
                    "Unidad vigente hasta el " + to.minusDays(1).format(DateTimeFormatter.ofPattern("dd-MM-yyyy")),
                    successors);
        }
    }

    /**
     * A containing unit.
     *
     * @param codigo CUT
     * @param nombre name
     * @param nivel {@code provincia} or {@code region}
     */
    public record Ref(String codigo, String nombre, String nivel) {}

    /**
     * A member commune.
     *
     * @param codigo commune CUT
     * @param nombre commune name
     * @param peso 1 for a whole commune; for a drawn zone, the share of the commune's area inside it
     */
    public record Member(String codigo, String nombre, double peso) {}

    /**
     * A population count.
     *
     * @param anio year
     * @param poblacion inhabitants (for a custom territory, its communes' counts times their weights)
     * @param fuente source
     */
    public record Count(int anio, long poblacion, String fuente) {}

    /**
     * Population.
     *
     * @param censo2017 Censo 2017 count, or null when unknown
     * @param proyeccion INE projection for the last year of the period (or the latest year before it)
     * @param densidadHabKm2 the projection (else the census) over the surface (official when there is one),
     *     inhabitants per km²
     */
    public record Population(
            @JsonProperty("censo_2017") Count censo2017,
            Count proyeccion,
            @JsonProperty("densidad_hab_km2") Double densidadHabKm2) {}

    /**
     * Conservation coverage.
     *
     * @param areasProtegidas under protected areas (RNAP)
     * @param sitiosPrioritarios under priority sites (Ley 19.300)
     */
    public record Conservation(
            @JsonProperty("areas_protegidas") ConservationCoverage.Coverage areasProtegidas,
            @JsonProperty("sitios_prioritarios") ConservationCoverage.Coverage sitiosPrioritarios) {}

    /**
     * Investment in a period, computed like {@code /api/indicators}.
     *
     * @param desde first year
     * @param hasta last year
     * @param monto {@code programado} or {@code ejecutado}
     * @param totalClp total, CLP
     * @param perCapitaClp sum over the years of each year's investment over that year's population; null when a
     *     year with investment has no population
     * @param porKm2Clp total over the surface (official when there is one)
     * @param proyectos projects with amounts in the period that touch the territory
     * @param porAnio investment per year with the population used
     * @param fueraDeComunasClp the parts outside every commune of the projects counted here, CLP of the period:
     *     given to no territory, so not in {@code totalClp}; shown so that the projects' amounts reconcile
     */
    public record Investment(
            int desde,
            int hasta,
            String monto,
            @JsonProperty("total_clp") double totalClp,
            @JsonProperty("per_capita_clp") Double perCapitaClp,
            @JsonProperty("por_km2_clp") double porKm2Clp,
            long proyectos,
            @JsonProperty("por_anio") List<Year> porAnio,
            @JsonProperty("fuera_de_comunas_clp") double fueraDeComunasClp) {}

    /**
     * One year of investment.
     *
     * @param anio year
     * @param clp investment in the territory, CLP, of the amount asked for ({@link Investment#monto})
     * @param poblacion population of that year (projection, else census), or null
     * @param programadoClp programmed investment in the territory, CLP
     * @param ejecutadoClp spent investment in the territory, CLP
     */
    public record Year(
            int anio,
            double clp,
            Long poblacion,
            @JsonProperty("programado_clp") double programadoClp,
            @JsonProperty("ejecutado_clp") double ejecutadoClp) {}
}

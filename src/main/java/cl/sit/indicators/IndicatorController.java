package cl.sit.indicators;

import static cl.sit.system.CsvDownload.column;

import cl.sit.system.CsvDownload;
import cl.sit.system.RenamedParameters.Accepts;
import cl.sit.system.RenamedParameters.Group;
import cl.sit.territory.UnitAt;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/indicators}: investment per territory and year range, as JSON or CSV. */
@RestController
class IndicatorController {

    private static final List<CsvDownload.Column> COLUMNS = List.of(
            column("codigo", "Código"),
            column("nombre", "Nombre"),
            column("nivel", "Nivel"),
            column("grupo", "Grupo"),
            column("poblacion", "Población"),
            column("anio_poblacion", "Año de la población"),
            column("fuente_poblacion", "Fuente de la población"),
            column("anios_poblacion_primero", "Primer año de población del per cápita"),
            column("anios_poblacion_ultimo", "Último año de población del per cápita"),
            column("area_km2", "Superficie calculada (km²)"),
            column("area_oficial_km2", "Superficie oficial (km²)"),
            column("base_por_km2", "Superficie usada por km²"),
            column("total_clp", "Inversión total ($)"),
            column("per_capita_clp", "Inversión per cápita ($ por habitante)"),
            column("por_km2_clp", "Inversión por km² ($)"),
            column("proyectos", "Proyectos"),
            column("ilustrativo", "Datos ilustrativos"),
            column("definicion_per_capita", "Definición del per cápita"));

    /** How {@code per_capita_clp} is computed, in the document and in every CSV row. */
    static final String PER_CAPITA_DEFINITION = "suma, por año, del monto del año dividido por la población de ese "
            + "año (anios_poblacion: primer y último año usados)";

    /** What {@code population} is. */
    static final String POPULATION_DEFINITION = "población del último año del rango con dato (anio_poblacion); "
            + "el per cápita no se calcula con ella sino con la de cada año";
    /** Columns added with {@code fecha}: the unit's identifier and what its figures cover. */
    private static final List<CsvDownload.Column> AS_OF_COLUMNS =
            List.of(column("id", "Identificador de la unidad"), column("nota", "Nota"));

    private final IndicatorData store;

    IndicatorController(IndicatorData store) {
        this.store = store;
    }

    /**
     * The indicators document.
     *
     * @param level comuna, provincia or region
     * @param from first year
     * @param to last year
     * @param amount programado or ejecutado
     * @param by breakdown, or null
     * @param ilustrativo true when investment data include illustrative (generated) projects
     * @param perCapitaDefinition how per-capita figures are computed ({@value #PER_CAPITA_DEFINITION})
     * @param populationDefinition what the rows' population is ({@value #POPULATION_DEFINITION})
     * @param geometry which geometry the territories carry (for communes, the gap-free operational coverage)
     * @param rows one per territory (and group)
     * @param outside investment of the range outside every commune (the parts of projects that lie outside), per
     *     group; it belongs to no row, so at the commune, province and region levels the rows plus this equal the
     *     amounts of the range
     * @param asOf the day whose unit set the rows are for, or absent for today's units
     * @param units with {@code asOf}: the units in force that day, with their validity and today's communes they
     *     are made of
     */
    record Document(
            @JsonProperty("nivel") String level,
            @JsonProperty("desde") int from,
            @JsonProperty("hasta") int to,
            @JsonProperty("monto") String amount,
            @JsonProperty("por") String by,
            boolean ilustrativo,
            @JsonProperty("definicion_per_capita") String perCapitaDefinition,
            @JsonProperty("definicion_poblacion") String populationDefinition,
            @JsonProperty("geometria") List<String> geometry,
            @JsonProperty("filas") List<IndicatorRow> rows,
            @JsonProperty("fuera_de_comunas") List<IndicatorStore.Outside> outside,

            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("fecha")
            LocalDate asOf,

            @JsonInclude(JsonInclude.Include.NON_NULL) @JsonProperty("unidades")
            List<UnitAt> units) {}

    @Accepts({Group.PERIOD, Group.INDICATORS})
    @GetMapping(
            value = "/api/indicators",
            produces = {"application/json", "text/csv"})
    ResponseEntity<?> indicators(HttpServletRequest request) {
        IndicatorQuery q = IndicatorQuery.parse(request.getParameterMap());
        List<UnitAt> set = q.asOf() == null ? null : store.unitsInForce(q.asOf(), q.level());
        List<IndicatorStore.Unit> units;
        List<IndicatorRow> rows;
        if (set == null) {
            units = store.units(q.level());
            rows = Indicators.rows(
                    q, units, store.population(q.level(), q.to()), store.amounts(q), store.projectCounts(q));
        } else {
            UnitSetInputs.Inputs in = UnitSetInputs.of(
                    set,
                    store.population(q.level(), q.to()),
                    store.population(Level.COMMUNE, q.to()),
                    store.communeAmounts(q),
                    store.communeProjects(q));
            units = in.units();
            rows = UnitSetInputs.relabel(Indicators.rows(q, units, in.population(), in.amounts(), in.counts()), set);
        }
        List<IndicatorStore.Outside> outside = store.outside(q);
        if (q.csv()) {
            return CsvDownload.attachment(
                    "indicadores-" + q.level().stored + "-" + q.from() + "-" + q.to() + ".csv",
                    csv(q.csvForm(), rows, outside, q.asOf() != null, store.anyIllustrative()));
        }
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .body(new Document(
                        q.level().stored,
                        q.from(),
                        q.to(),
                        q.amountColumn().replace("_clp", ""),
                        q.breakdown() == Breakdown.NONE ? null : q.breakdown().name,
                        store.anyIllustrative(),
                        PER_CAPITA_DEFINITION,
                        POPULATION_DEFINITION,
                        units.stream()
                                .map(IndicatorStore.Unit::geometry)
                                .filter(java.util.Objects::nonNull)
                                .distinct()
                                .toList(),
                        rows,
                        outside,
                        q.asOf(),
                        set));
    }

    /** The rows, then the part outside every commune as rows of level {@code fuera_de_comunas} with no code. */
    private static String csv(
            CsvDownload.Form form,
            List<IndicatorRow> rows,
            List<IndicatorStore.Outside> outside,
            boolean asOf,
            boolean illustrative) {
        List<CsvDownload.Column> header = new ArrayList<>(COLUMNS);
        if (asOf) {
            header.addAll(AS_OF_COLUMNS);
        }
        List<List<Object>> lines = new ArrayList<>();
        for (IndicatorRow r : rows) {
            List<Object> cells = new ArrayList<>(List.of(r.code(), r.name(), r.level()));
            cells.add(r.group());
            cells.add(r.population());
            cells.add(r.populationYear());
            cells.add(r.populationSource());
            cells.add(r.populationYears() == null ? null : r.populationYears().get(0));
            cells.add(r.populationYears() == null ? null : r.populationYears().get(1));
            // Whole pesos and metres-level areas: plain numbers a spreadsheet reads without scientific notation.
            cells.add(CsvDownload.decimal(r.areaKm2(), 3));
            cells.add(r.officialAreaKm2() == null ? null : CsvDownload.decimal(r.officialAreaKm2(), 2));
            cells.add(r.perKm2Basis());
            cells.add(Math.round(r.totalClp()));
            cells.add(r.perCapitaClp() == null ? null : Math.round(r.perCapitaClp()));
            cells.add(Math.round(r.perKm2Clp()));
            cells.add(r.projects());
            cells.add(illustrative);
            cells.add(PER_CAPITA_DEFINITION);
            if (asOf) {
                cells.add(r.id());
                cells.add(r.note());
            }
            lines.add(cells);
        }
        for (IndicatorStore.Outside o : outside) {
            // Columns as COLUMNS: no population, area, official area nor basis; a total and a project count.
            List<Object> cells = new ArrayList<>(java.util.Arrays.asList(
                    "",
                    "Fuera de comunas",
                    "fuera_de_comunas",
                    o.group(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    null,
                    Math.round(o.totalClp()),
                    null,
                    null,
                    o.projects(),
                    illustrative,
                    null));
            if (asOf) {
                cells.add(null);
                cells.add(null);
            }
            lines.add(cells);
        }
        return CsvDownload.write(form, header, lines);
    }
}

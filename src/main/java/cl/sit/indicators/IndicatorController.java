package cl.sit.indicators;

import cl.sit.system.CsvCells;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/indicators}: investment per territory and year range, as JSON or CSV. */
@RestController
class IndicatorController {

    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final List<String> COLUMNS = List.of("code", "name", "level", "group", "population",
            "population_year", "population_source", "area_km2", "official_area_km2", "per_km2_basis", "total_clp", "per_capita_clp", "per_km2_clp",
            "projects");

    private final IndicatorStore store;

    IndicatorController(IndicatorStore store) {
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
     * @param geometry which geometry the territories carry (for communes, the gap-free operational coverage)
     * @param rows one per territory (and group)
     * @param outside investment of the range outside every commune (the parts of projects that lie outside), per
     *     group; it belongs to no row, so at the commune, province and region levels the rows plus this equal the
     *     amounts of the range
     */
    record Document(String level, int from, int to, String amount, String by, boolean ilustrativo,
            List<String> geometry, List<IndicatorRow> rows,
            @JsonProperty("fuera_de_comunas") List<IndicatorStore.Outside> outside) {}

    @GetMapping(value = "/api/indicators", produces = {"application/json", "text/csv"})
    ResponseEntity<?> indicators(HttpServletRequest request) {
        IndicatorQuery q = IndicatorQuery.parse(request.getParameterMap());
        List<IndicatorStore.Unit> units = store.units(q.level());
        List<IndicatorRow> rows = Indicators.rows(q, units, store.population(q.level(), q.to()),
                store.amounts(q), store.projectCounts(q));
        List<IndicatorStore.Outside> outside = store.outside(q);
        if (q.csv()) {
            return ResponseEntity.ok().contentType(CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"indicadores-" + q.level().stored
                            + "-" + q.from() + "-" + q.to() + ".csv\"")
                    .body(csv(rows, outside));
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(new Document(q.level().stored,
                q.from(), q.to(), q.amountColumn().replace("_clp", ""), q.breakdown() == Breakdown.NONE ? null
                        : q.breakdown().name, store.anyIllustrative(),
                units.stream().map(IndicatorStore.Unit::geometry).filter(java.util.Objects::nonNull).distinct()
                        .toList(), rows, outside));
    }

    /** The rows, then the part outside every commune as rows of level {@code fuera_de_comunas} with no code. */
    private static String csv(List<IndicatorRow> rows, List<IndicatorStore.Outside> outside) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (IndicatorRow r : rows) {
                List<Object> cells = new ArrayList<>(List.of(CsvCells.safe(r.code()), CsvCells.safe(r.name()),
                        r.level()));
                cells.add(CsvCells.safe(r.group()));
                cells.add(r.population());
                cells.add(r.populationYear());
                cells.add(CsvCells.safe(r.populationSource()));
                // Whole pesos and metres-level areas: plain numbers a spreadsheet reads without scientific notation.
                cells.add(String.format(java.util.Locale.ROOT, "%.3f", r.areaKm2()));
                cells.add(r.officialAreaKm2() == null ? null
                        : String.format(java.util.Locale.ROOT, "%.2f", r.officialAreaKm2()));
                cells.add(r.perKm2Basis());
                cells.add(Math.round(r.totalClp()));
                cells.add(r.perCapitaClp() == null ? null : Math.round(r.perCapitaClp()));
                cells.add(Math.round(r.perKm2Clp()));
                cells.add(r.projects());
                printer.printRecord(cells);
            }
            for (IndicatorStore.Outside o : outside) {
                // Columns as COLUMNS: no population, area, official area nor basis; a total and a project count.
                printer.printRecord("", "Fuera de comunas", "fuera_de_comunas", CsvCells.safe(o.group()), null, null,
                        null, null, null, null, Math.round(o.totalClp()), null, null, o.projects());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}

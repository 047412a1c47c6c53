package cl.sit.investment;

import cl.sit.system.ErrorCode;
import cl.sit.system.QueryParameters;
import cl.sit.territory.UnitCodes;
import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Investment ↔ territory links: a project's stored split and its yearly amounts, the reconciliation list; removing the
 * illustrative projects.
 */
@RestController
class InvestmentController {

    private final LinkReads reads;
    private final ProjectLookup catalog;
    private final IllustrativeRemover removal;
    private final UnitCodes units;
    private final ProjectAmounts history;

    InvestmentController(
            LinkReads reads,
            ProjectLookup catalog,
            IllustrativeRemover removal,
            UnitCodes units,
            ProjectAmounts history) {
        this.reads = reads;
        this.history = history;
        this.catalog = catalog;
        this.removal = removal;
        this.units = units;
    }

    /** The result of removing the illustrative projects: how many there were. */
    record Removed(int eliminados) {}

    /**
     * A project's split.
     *
     * @param ilustrativo true when the project is illustrative (generated), not real
     * @param reparto its commune shares, then its share outside every commune when it has one
     * @param unidades its shares in the region, provinces and custom territories (sums of its commune shares)
     */
    record Split(boolean ilustrativo, List<TerritoryShare> reparto, List<UnitShare> unidades) {}

    /**
     * A project's yearly amounts.
     *
     * @param proyecto the project's id
     * @param ilustrativo true when the project is illustrative (generated), not real
     * @param montos one entry per year with an amount, by year
     * @param programadoClp the programmed amounts summed, CLP
     * @param ejecutadoClp the spent amounts summed, CLP
     */
    record YearlyAmounts(
            int proyecto,
            boolean ilustrativo,
            List<Year> montos,
            @JsonProperty("programado_clp") long programadoClp,
            @JsonProperty("ejecutado_clp") long ejecutadoClp) {}

    /** One year's amounts, CLP. */
    record Year(
            int anio,
            @JsonProperty("programado_clp") long programadoClp,
            @JsonProperty("ejecutado_clp") long ejecutadoClp) {}

    /**
     * One page of the reconciliation list.
     *
     * @param ilustrativo true when the projects reviewed include illustrative (generated) ones
     * @param territorio the unit the list is about, or null for every project
     * @param problemas the page: one entry per project and problem, most serious problem first, then by id
     * @param porProblema how many entries of each problem the whole list has
     */
    record Reconciliation(
            boolean ilustrativo,
            String territorio,
            List<ReconciliationIssue> problemas,
            @JsonProperty("por_problema") Map<String, Long> porProblema,
            long numberMatched,
            int numberReturned,
            int limit,
            int offset) {}

    static final int DEFAULT_LIMIT = 1000;
    static final int MAX_LIMIT = 10_000;

    /**
     * Says which geometry the communes in these lists are: those of the collection {@code comunas}, the gap-free
     * operational coverage (its description and each feature's {@code geometria} say so).
     */
    static final String COMMUNE_GEOMETRY_LINK =
            "</collections/comunas>; rel=\"describedby\"; type=\"application/json\"";

    @GetMapping(value = "/api/investments/{id}/territories", produces = "application/json")
    ResponseEntity<Split> territories(@PathVariable int id) {
        requireProject(id);
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, COMMUNE_GEOMETRY_LINK)
                .body(new Split(reads.illustrative(id), reads.territories(id), reads.units(id)));
    }

    /** {@code GET /api/investments/{id}/amounts}: the project's programmed and spent amounts per year, CLP. */
    @GetMapping(value = "/api/investments/{id}/amounts", produces = "application/json")
    YearlyAmounts amounts(@PathVariable int id) {
        requireProject(id);
        List<Year> years = history.amounts(id).stream()
                .map(a -> new Year(a.year(), a.programmedClp(), a.spentClp()))
                .toList();
        return new YearlyAmounts(
                id,
                reads.illustrative(id),
                years,
                years.stream().mapToLong(Year::programadoClp).sum(),
                years.stream().mapToLong(Year::ejecutadoClp).sum());
    }

    private void requireProject(int id) {
        if (!reads.exists(id)) {
            throw ErrorCode.PROJECT_NOT_FOUND.exception("No existe el proyecto de inversión " + id);
        }
    }

    @GetMapping(value = "/api/investments/reconciliation", produces = "application/json")
    ResponseEntity<Reconciliation> reconciliation(HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(
                request.getParameterMap(), Set.of(UnitCodes.PARAMETER, UnitCodes.OLD_PARAMETER, "limit", "offset"));
        String unit = units.fromQuery(q);
        int limit = q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
        List<ReconciliationIssue> all = reads.reconciliation(unit, unit == null ? List.of() : units.communes(unit));
        Map<String, Long> perProblem = new LinkedHashMap<>();
        ReconciliationIssue.PROBLEMS.forEach(p -> perProblem.put(p, 0L));
        all.forEach(i -> perProblem.merge(i.problema(), 1L, Long::sum));
        int from = Math.min(offset, all.size());
        List<ReconciliationIssue> page = all.subList(from, (int) Math.min(all.size(), (long) from + limit));
        return ResponseEntity.ok()
                .header(HttpHeaders.LINK, COMMUNE_GEOMETRY_LINK)
                .body(new Reconciliation(
                        catalog.anyIllustrative(),
                        unit,
                        List.copyOf(page),
                        perProblem,
                        all.size(),
                        page.size(),
                        limit,
                        offset));
    }

    /**
     * {@code DELETE /api/investments/ilustrativos} (admins only): removes every illustrative project with its
     * amounts and shares; the seed does not bring them back.
     */
    @DeleteMapping(value = "/api/investments/ilustrativos", produces = "application/json")
    Removed removeIllustrative(Principal user) {
        return new Removed(removal.removeAll(user.getName()));
    }
}

package cl.sit.investment;

import cl.sit.system.ApiException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Investment ↔ territory links: a project's stored split, and the reconciliation list. */
@RestController
class InvestmentController {

    private final InvestmentReads reads;

    InvestmentController(InvestmentReads reads) {
        this.reads = reads;
    }

    /**
     * Says which geometry the communes in these lists are: those of the collection {@code comunas}, the gap-free
     * operational coverage (its description and each feature's {@code geometria} say so).
     */
    static final String COMMUNE_GEOMETRY_LINK = "</collections/comunas>; rel=\"describedby\"; type=\"application/json\"";

    @GetMapping(value = "/api/investments/{id}/territories", produces = "application/json")
    ResponseEntity<List<TerritoryShare>> territories(@PathVariable int id) {
        if (!reads.exists(id)) {
            throw ApiException.notFound("ProjectNotFound", "No existe el proyecto de inversión " + id);
        }
        return ResponseEntity.ok().header(HttpHeaders.LINK, COMMUNE_GEOMETRY_LINK).body(reads.territories(id));
    }

    @GetMapping(value = "/api/investments/reconciliation", produces = "application/json")
    ResponseEntity<List<ReconciliationIssue>> reconciliation() {
        return ResponseEntity.ok().header(HttpHeaders.LINK, COMMUNE_GEOMETRY_LINK).body(reads.reconciliation());
    }
}

package cl.sit.investment;

import cl.sit.system.ApiException;
import java.util.List;
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

    @GetMapping(value = "/api/investments/{id}/territories", produces = "application/json")
    List<TerritoryShare> territories(@PathVariable int id) {
        if (!reads.exists(id)) {
            throw ApiException.notFound("ProjectNotFound", "No existe el proyecto de inversión " + id);
        }
        return reads.territories(id);
    }

    @GetMapping(value = "/api/investments/reconciliation", produces = "application/json")
    List<ReconciliationIssue> reconciliation() {
        return reads.reconciliation();
    }
}

package cl.sit.investment;

import cl.sit.system.ApiException;
import java.security.Principal;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Investment ↔ territory links: a project's stored split, the reconciliation list; removing the illustrative projects. */
@RestController
class InvestmentController {

    private final InvestmentReads reads;
    private final ProjectCatalog catalog;
    private final IllustrativeRemoval removal;

    InvestmentController(InvestmentReads reads, ProjectCatalog catalog, IllustrativeRemoval removal) {
        this.reads = reads;
        this.catalog = catalog;
        this.removal = removal;
    }

    /** The result of removing the illustrative projects: how many there were. */
    record Removed(int eliminados) {}

    /**
     * A project's split.
     *
     * @param ilustrativo true when the project is illustrative (generated), not real
     * @param reparto its commune shares, then its share outside every commune when it has one
     */
    record Split(boolean ilustrativo, List<TerritoryShare> reparto) {}

    /**
     * The reconciliation list.
     *
     * @param ilustrativo true when the projects reviewed include illustrative (generated) ones
     * @param problemas one entry per project and problem
     */
    record Reconciliation(boolean ilustrativo, List<ReconciliationIssue> problemas) {}

    /**
     * Says which geometry the communes in these lists are: those of the collection {@code comunas}, the gap-free
     * operational coverage (its description and each feature's {@code geometria} say so).
     */
    static final String COMMUNE_GEOMETRY_LINK = "</collections/comunas>; rel=\"describedby\"; type=\"application/json\"";

    @GetMapping(value = "/api/investments/{id}/territories", produces = "application/json")
    ResponseEntity<Split> territories(@PathVariable int id) {
        if (!reads.exists(id)) {
            throw ApiException.notFound("ProjectNotFound", "No existe el proyecto de inversión " + id);
        }
        return ResponseEntity.ok().header(HttpHeaders.LINK, COMMUNE_GEOMETRY_LINK).body(new Split(reads.illustrative(id),
                reads.territories(id)));
    }

    @GetMapping(value = "/api/investments/reconciliation", produces = "application/json")
    ResponseEntity<Reconciliation> reconciliation() {
        return ResponseEntity.ok().header(HttpHeaders.LINK, COMMUNE_GEOMETRY_LINK)
                .body(new Reconciliation(catalog.anyIllustrative(), reads.reconciliation()));
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

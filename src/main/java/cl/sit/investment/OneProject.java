package cl.sit.investment;

import cl.sit.system.ErrorCode;
import cl.sit.system.QueryParameters;
import cl.sit.territory.UnitCodes;
import java.util.List;

/**
 * The query parameter {@code proyecto=<id>} of the stored screening and overlap pages: the alerts of one project (its
 * page in the browser, {@code /inversion/proyectos/{id}}) in place of those of a territory. A positive integer, never
 * with {@code territorio} or {@code comuna} (400); an id with no project is a 404.
 */
public final class OneProject {

    public static final String PARAMETER = "proyecto";

    private OneProject() {}

    /** The project the request names, or null when it names none. */
    public static ProjectCatalog.Project of(QueryParameters q, ProjectLookup catalog) {
        if (q.text(PARAMETER) == null) {
            return null;
        }
        if (q.text(UnitCodes.PARAMETER) != null || q.text(UnitCodes.OLD_PARAMETER) != null) {
            throw QueryParameters.invalid(PARAMETER, "indique un proyecto o un territorio, no ambos");
        }
        int id = q.integer(PARAMETER, 0, 1, Integer.MAX_VALUE);
        return catalog.of(List.of(id)).stream()
                .findFirst()
                .orElseThrow(() -> ErrorCode.PROJECT_NOT_FOUND.exception("No existe el proyecto de inversión " + id));
    }
}

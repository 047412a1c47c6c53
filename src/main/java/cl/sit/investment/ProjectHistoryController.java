package cl.sit.investment;

import cl.sit.system.ErrorCode;
import cl.sit.system.QueryParameters;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/investments/{id}/history} (signed-in users): the project's history, newest first, paged with
 * {@code limit} (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}) and {@code offset}. A removed
 * project keeps its history; an id that never had a project nor history is a 404.
 */
@RestController
class ProjectHistoryController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 200;

    /**
     * A page of a project's history.
     *
     * @param proyecto the project's id
     * @param total how many entries it has
     * @param limit entries per page
     * @param offset entries skipped
     * @param cambios this page's entries, newest first
     */
    record Page(int proyecto, int total, int limit, int offset, List<ProjectHistory.Entry> cambios) {}

    private final HistoryPages history;
    private final ProjectVersions edit;

    ProjectHistoryController(HistoryPages history, ProjectVersions edit) {
        this.history = history;
        this.edit = edit;
    }

    @GetMapping(value = "/api/investments/{id}/history", produces = "application/json")
    Page history(@PathVariable int id, HttpServletRequest request) {
        QueryParameters q = QueryParameters.of(request.getParameterMap(), Set.of("limit", "offset"));
        int limit = q.integer("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        int offset = q.integer("offset", 0, 0, Integer.MAX_VALUE);
        int total = history.count(id);
        if (total == 0 && edit.version(id) == null) {
            throw ErrorCode.PROJECT_NOT_FOUND.exception("No existe el proyecto de inversión " + id);
        }
        return new Page(id, total, limit, offset, history.page(id, limit, offset));
    }
}

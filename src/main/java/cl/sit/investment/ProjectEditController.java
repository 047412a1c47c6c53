package cl.sit.investment;

import cl.sit.system.ErrorCode;
import java.security.Principal;
import java.util.List;
import org.geojson.Feature;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Editing a project: {@code GET /api/investments/{id}/version} gives its ETag (the version);
 * {@code PUT /api/investments/{id}} with {@code If-Match} and a GeoJSON Feature (properties as in imports) replaces
 * it and re-links it. No {@code If-Match}: 428; a stale one: 412 and nothing changes; invalid: 422 with errors.
 */
@RestController
class ProjectEditController {

    /** The result of an edit: the new version and the communes the project now touches. */
    record Edited(int id, int version, List<TerritoryShare> territorios) {}

    private final ProjectEdits edit;
    private final LinkReads reads;

    ProjectEditController(ProjectEdits edit, LinkReads reads) {
        this.edit = edit;
        this.reads = reads;
    }

    @GetMapping(value = "/api/investments/{id}/version", produces = "application/json")
    ResponseEntity<Edited> version(@PathVariable int id) {
        Integer version = edit.version(id);
        if (version == null) {
            throw ErrorCode.PROJECT_NOT_FOUND.exception("No existe el proyecto de inversión " + id);
        }
        return ResponseEntity.ok().eTag(etag(version)).body(new Edited(id, version, reads.territories(id)));
    }

    @PutMapping(
            value = "/api/investments/{id}",
            consumes = {"application/geo+json", "application/json"},
            produces = "application/json")
    ResponseEntity<Edited> replace(
            @PathVariable int id,
            @RequestHeader(value = "If-Match", required = false) String ifMatch,
            @RequestBody Feature feature,
            Principal user) {
        int version = edit.replace(id, expectedVersion(id, ifMatch), feature, user.getName());
        return ResponseEntity.ok().eTag(etag(version)).body(new Edited(id, version, reads.territories(id)));
    }

    /**
     * {@code DELETE /api/investments/{id}} with {@code If-Match} the version read: deletes the project (204); its
     * history stays, ending in an entry "eliminado".
     */
    @DeleteMapping("/api/investments/{id}")
    ResponseEntity<Void> delete(
            @PathVariable int id, @RequestHeader(value = "If-Match", required = false) String ifMatch, Principal user) {
        edit.remove(id, expectedVersion(id, ifMatch), user.getName());
        return ResponseEntity.noContent().build();
    }

    private static int expectedVersion(int id, String ifMatch) {
        if (ifMatch == null) {
            throw ErrorCode.PRECONDITION_REQUIRED.exception(
                    "Indique la versión que leyó en el encabezado If-Match (ETag de GET /api/investments/" + id
                            + "/version)");
        }
        try {
            return Integer.parseInt(ifMatch.replace("W/", "").replace("\"", "").strip());
        } catch (NumberFormatException e) {
            throw ErrorCode.VERSION_CONFLICT.exception("If-Match no válido: " + ifMatch);
        }
    }

    private static String etag(int version) {
        return "\"" + version + "\"";
    }
}

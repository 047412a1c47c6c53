package cl.sit.conservation;

import cl.sit.analysis.ConservationScreen;
import cl.sit.investment.ProjectCatalog;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;

/**
 * The screening document: projects inside or near (within the buffer) protected areas and priority sites, and
 * per-commune counts.
 *
 * @param bufferM buffer in metres that makes a project "near"
 * @param rows flagged projects
 * @param perTerritory per commune: projects inside and near
 * @param communeGeometry which geometry the communes carry (the operational coverage)
 * @param ilustrativo true when the projects screened include illustrative (generated) ones
 */
record ScreeningReport(@JsonProperty("buffer_m") double bufferM, List<Row> rows,
        @JsonProperty("por_territorio") List<Territory> perTerritory,
        @JsonProperty("geometria_comunas") List<String> communeGeometry, boolean ilustrativo) {

    /** A flagged project. Distance in metres to the nearest area (0 inside); overlaps in ha (polygons) or m (lines). */
    record Row(int id, @JsonProperty("codigo_bip") String bipCode, String nombre, String programa,
            Set<String> comunas, String estado, @JsonProperty("distancia_m") double distanceM, List<Area> areas,
            List<Near> cercanas) {

        static Row of(ProjectCatalog.Project p, ConservationScreen.Result r) {
            return new Row(p.id(), p.bipCode(), p.name(), p.programme(), p.communes(), r.status(), r.nearestM(),
                    r.inside().stream().map(o -> new Area(o.kind(), o.code(), o.name(), o.areaHa(), o.lengthM()))
                            .toList(),
                    r.near().stream().map(n -> new Near(n.kind(), n.code(), n.name(), n.distanceM())).toList());
        }
    }

    /** An area the project lies in or overlaps. */
    record Area(String tipo, String codigo, String nombre, @JsonProperty("area_solapada_ha") double overlapHa,
            @JsonProperty("longitud_m") double lengthM) {}

    /** An area within the buffer. */
    record Near(String tipo, String codigo, String nombre, @JsonProperty("distancia_m") double distanceM) {}

    /** Counts for one commune. */
    record Territory(String code, String name, int dentro, int cerca) {}
}

package cl.sit.conservation;

import cl.sit.investment.ProjectCatalog;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Set;

/**
 * One page of the screening: projects inside or near (within the buffer) protected areas and priority sites, with
 * counts over every flagged project (not only the page).
 *
 * @param bufferM buffer in metres that makes a project "near"
 * @param rows this page of flagged projects: inside first, then near, nearest first, then the id
 * @param perTerritory per commune (those asked for, when filtered): projects inside and near
 * @param communeGeometry which geometry the communes carry (the operational coverage)
 * @param ilustrativo true when the projects screened include illustrative (generated) ones
 * @param numberMatched flagged projects in all (every page)
 * @param numberReturned projects in this page
 * @param limit largest page asked for
 * @param offset flagged projects skipped before this page
 * @param inside flagged projects inside an area
 * @param near flagged projects near one and inside none
 * @param perKind per kind of area: projects inside one of that kind, and near one of that kind
 * @param maxBufferM the distance the screening is stored for: the largest {@code margen_m} served
 */
record ScreeningReport(
        @JsonProperty("margen_m") double bufferM,
        @JsonProperty("filas") List<Row> rows,
        @JsonProperty("por_territorio") List<Territory> perTerritory,
        @JsonProperty("geometria_comunas") List<String> communeGeometry,
        boolean ilustrativo,
        long numberMatched,
        int numberReturned,
        int limit,
        int offset,
        int dentro,
        int cerca,
        @JsonProperty("por_tipo") List<Kind> perKind,
        @JsonProperty("margen_max_m") double maxBufferM) {

    /** A flagged project. Distance in metres to the nearest area (0 inside); overlaps in ha (polygons) or m (lines). */
    record Row(
            int id,
            @JsonProperty("codigo_bip") String bipCode,
            String nombre,
            String programa,
            Set<String> comunas,
            String estado,
            @JsonProperty("distancia_m") double distanceM,
            List<Area> areas,
            List<Near> cercanas) {

        static Row of(ProjectCatalog.Project p, List<Area> inside, List<Near> near) {
            return new Row(
                    p.id(),
                    p.bipCode(),
                    p.name(),
                    p.programme(),
                    p.communes(),
                    inside.isEmpty() ? "cerca" : "dentro",
                    inside.isEmpty() ? near.get(0).distanceM() : 0,
                    inside,
                    near);
        }
    }

    /** An area the project lies in or overlaps. */
    record Area(
            String tipo,
            String codigo,
            String nombre,
            @JsonProperty("area_solapada_ha") double overlapHa,
            @JsonProperty("longitud_m") double lengthM) {}

    /** An area within the buffer. */
    record Near(
            String tipo,
            String codigo,
            String nombre,
            @JsonProperty("distancia_m") double distanceM) {}

    /** Counts for one commune. */
    record Territory(
            @JsonProperty("codigo") String code,
            @JsonProperty("nombre") String name,
            int dentro,
            int cerca) {}

    /** Counts for one kind of area ({@code area_protegida}, {@code sitio_prioritario}). */
    record Kind(String tipo, int dentro, int cerca) {}
}

package cl.sit.agenda21;

import cl.sit.agenda21.review.ReviewStatus;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The completeness of a package in a region: one row per commune, one cell per layer (in registry order), with
 * totals per row, per column and overall. Who edited and the notes are null for anonymous readers.
 *
 * @param region region CUT ({@code 14})
 * @param nombreRegion region name
 * @param paquete package of the layers ({@code agenda21})
 * @param capas the layers, with per-layer totals over the communes
 * @param comunas the communes, by CUT, with their cells and per-commune totals over the layers
 * @param totales over every cell
 */
public record CompletenessMatrix(
        String region,
        @JsonProperty("nombre_region") String nombreRegion,
        String paquete,
        List<Column> capas,
        List<Row> comunas,
        Share totales) {

    /** One layer (a column). */
    public record Column(String id, String titulo, Share totales) {}

    /** One commune (a row). */
    public record Row(String cut, String nombre, List<Cell> celdas, Share totales) {}

    /**
     * One (commune, layer).
     *
     * @param elementos current features of the layer owned by the commune
     * @param ediciones changes ever recorded in the history
     * @param edicionesDesdeEstado changes since the status last changed (all of them for a draft never changed)
     * @param ultimaEdicion time of the latest change (UTC), or null
     * @param ultimoUsuario who made it (null for anonymous readers)
     * @param estado borrador, revision or publicado
     * @param estadoPor who set the status (null for a draft never changed, and for anonymous readers)
     * @param estadoFecha when (UTC), or null
     * @param nota the note given with the status (null for anonymous readers)
     * @param acciones the statuses the current user may move the pair to
     */
    public record Cell(
            String capa,
            String cut,
            long elementos,
            int ediciones,
            @JsonProperty("ediciones_desde_estado") int edicionesDesdeEstado,
            @JsonProperty("ultima_edicion") OffsetDateTime ultimaEdicion,
            @JsonProperty("ultimo_usuario") String ultimoUsuario,
            String estado,
            @JsonProperty("estado_por") String estadoPor,
            @JsonProperty("estado_fecha") OffsetDateTime estadoFecha,
            String nota,
            List<String> acciones) {}

    /** Of {@code total} cells, how many have features and how many are published. */
    public record Share(
            int total, @JsonProperty("con_datos") int conDatos, int publicadas) {

        static Share of(List<Cell> cells) {
            int withData = (int) cells.stream().filter(c -> c.elementos() > 0).count();
            int published = (int) cells.stream()
                    .filter(c -> c.estado().equals(ReviewStatus.PUBLISHED))
                    .count();
            return new Share(cells.size(), withData, published);
        }
    }
}

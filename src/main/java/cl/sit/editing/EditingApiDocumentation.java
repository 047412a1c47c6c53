package cl.sit.editing;

import cl.sit.layer.Layer;
import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.LayerOp;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * OpenAPI operations of editable layers (OGC API Features Part 4, {@link FeatureEditController}, and SIT's history,
 * batch, repair and import, {@link HistoryController} and {@link LayerImportController}), the export of any layer
 * ({@link LayerExportController}) and the editing session ({@link EditingSessionController}). Writes need HTTP
 * Basic ({@code basic} scheme).
 */
@Component
class EditingApiDocumentation implements ApiContribution {

    private static final List<LayerOp> ITEMS = List.of(new LayerOp(
            "post",
            "createFeature",
            "Crea un elemento (201, Location, ETag)",
            false,
            true,
            "application/geo+json",
            "201"));
    private static final List<LayerOp> ITEM = List.of(
            new LayerOp(
                    "put",
                    "replaceFeature",
                    "Reemplaza un elemento (If-Match obligatorio)",
                    true,
                    true,
                    "application/geo+json",
                    "200"),
            new LayerOp(
                    "patch",
                    "updateFeature",
                    "Modifica un elemento con JSON Merge Patch (If-Match obligatorio)",
                    true,
                    true,
                    "application/merge-patch+json",
                    "200"),
            new LayerOp(
                    "delete", "deleteFeature", "Elimina un elemento (If-Match obligatorio)", true, true, null, "204"));

    private static final List<Op> OPERATIONS = List.of(
            new Op(
                    "/api/editing/me",
                    "get",
                    "getEditingSession",
                    "La sesión de edición: {usuario, admin, capas: [{id, titulo, tipo_geometria, style, "
                            + "comunas: [{cut, nombre}], atributos}]}: cada capa editable con su tipo de geometría, "
                            + "su estilo, sus atributos y las comunas que el usuario puede editar",
                    List.of(),
                    null,
                    false),
            new Op(
                    "/collections/{collectionId}/export",
                    "get",
                    "exportCollection",
                    "Descarga todos los elementos "
                            + "visibles de una colección como GeoJSON o Shapefile comprimido (.zip)",
                    List.of(
                            new Param("collectionId", "path", "string", "Id de la colección"),
                            new Param("formato", "query", "string", "geojson (por omisión) o shapefile")),
                    null,
                    false));

    @Override
    public void addTo(ApiDocument doc) {
        for (Layer layer : doc.layers()) {
            if (layer.editable()) {
                addTo(doc, layer);
            }
        }
        doc.add(OPERATIONS);
    }

    private static void addTo(ApiDocument doc, Layer layer) {
        String base = "/collections/" + layer.id();
        ITEMS.forEach(op -> doc.layerOperation(base + "/items", layer, op, false));
        ITEM.forEach(op -> doc.layerOperation(base + "/items/{featureId}", layer, op, true));
        doc.layerOperation(
                base + "/items/{featureId}/history",
                layer,
                new LayerOp(
                        "get",
                        "getFeatureHistory",
                        "Historial del elemento: versiones con antes y después (usuarios con sesión)",
                        false,
                        false,
                        null,
                        "200"),
                true);
        doc.layerOperation(
                base + "/items/{featureId}/revert",
                layer,
                new LayerOp(
                        "post",
                        "revertFeature",
                        "Vuelve a una versión anterior como versión nueva (If-Match: la última versión)",
                        true,
                        false,
                        "application/json",
                        "200"),
                true);
        doc.layerOperation(
                base + "/batch",
                layer,
                new LayerOp(
                        "post",
                        "batch",
                        "Lote de cambios, todo o nada: "
                                + "{operaciones: [{operacion: create|replace|update|delete, id, version, elemento}], motivo} (hasta la "
                                + "versión 0.2.0 se aceptan también los nombres antiguos operations, op y feature)",
                        false,
                        false,
                        "application/json",
                        "200"),
                false);
        doc.layerOperation(
                base + "/repair",
                layer,
                new LayerOp(
                        "post",
                        "repairGeometry",
                        "Vista previa de la geometría reparada (no guarda nada)",
                        false,
                        false,
                        "application/geo+json",
                        "200"),
                false);
        doc.layerOperation(
                base + "/import",
                layer,
                new LayerOp(
                        "post",
                        "importFeatures",
                        "Importa GeoJSON o Shapefile comprimido (multipart 'archivo'), todo o nada",
                        false,
                        true,
                        "multipart/form-data",
                        "201"),
                false);
    }
}

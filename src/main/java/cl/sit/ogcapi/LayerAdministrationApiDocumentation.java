package cl.sit.ogcapi;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.system.RenamedParameters;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/**
 * Layer administration ({@code cl.sit.layer.LayerAdminController}): templates, new editable layers, styles. It lives
 * here rather than next to its controller because {@code cl.sit.layer} sits below the OGC API package (which reads
 * layers), and a contribution there would make the two packages depend on each other.
 */
@Component
class LayerAdministrationApiDocumentation implements ApiContribution {

    private static final String ATTRIBUTE =
            "[{nombre, tipo, titulo, obligatorio?, dominio?, largo_maximo?, minimo?, maximo?}]";

    @Override
    public void addTo(ApiDocument doc) {
        ObjectNode templates = doc.path("/api/layers/templates").putObject("get");
        templates
                .put("operationId", "getLayerTemplates")
                .put(
                        "summary",
                        "Plantillas de capas (Agenda 21): [{id, tabla, titulo, descripcion, tipo_geometria, atributos: "
                                + ATTRIBUTE + ", style, paquete, fuente}]");
        templates.putObject("responses").putObject("200").put("description", "Plantillas");
        doc.admin(
                "/api/layers",
                "post",
                "createLayer",
                "Crea una capa editable (admin) desde una plantilla, {plantilla, id, titulo}, o un esquema, "
                        + "{id, titulo, descripcion?, tipo_geometria, fuente?, atributos: " + ATTRIBUTE
                        + ", style?}; 201 con la capa {id, titulo, descripcion, tabla, columna_id, tipo_geometria, "
                        + "atributos, style, ilustrativo, fuente, visible_inicial, editable, paquete}"
                        + " (hasta la versión " + RenamedParameters.REMOVED_IN + " se aceptan también los nombres "
                        + "antiguos template, title, description, geometryType, attributes, source y, en cada "
                        + "atributo, name, type, title, required, domain, maxLength, min, max)");
        doc.admin(
                "/api/layers/{id}/style",
                "put",
                "setLayerStyle",
                "Cambia la simbología de una capa: opciones de "
                        + "trazo y clases por los valores de un atributo ({\"categories\": {\"attribute\", \"values\"}}); "
                        + "422 InvalidStyle si no es válida (admin)");
    }
}

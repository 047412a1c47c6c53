package cl.sit.agenda21.review;

import cl.sit.layer.Layer;
import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.LayerOp;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.ObjectNode;

/** The review comments of the features of editable layers ({@link ReviewCommentController}) in {@code /api}. */
@Component
class ReviewApiDocumentation implements ApiContribution {

    @Override
    public void addTo(ApiDocument doc) {
        for (Layer layer : doc.layers()) {
            if (!layer.editable()) {
                continue;
            }
            String comments = "/collections/" + layer.id() + "/items/{featureId}/comments";
            doc.layerOperation(
                    comments,
                    layer,
                    new LayerOp(
                            "get",
                            "getReviewComments",
                            "Comentarios de revisión del elemento: autor, fecha, texto, resuelto (usuarios con sesión)",
                            false,
                            false,
                            null,
                            "200"),
                    true);
            doc.layerOperation(
                    comments,
                    layer,
                    new LayerOp(
                            "post",
                            "addReviewComment",
                            "Agrega un comentario {texto} (editores de la comuna y administradores)",
                            false,
                            false,
                            "application/json",
                            "201"),
                    true);
            doc.layerOperation(
                    comments + "/{commentId}",
                    layer,
                    new LayerOp(
                            "put",
                            "setReviewCommentResolved",
                            "Marca un comentario como resuelto o no: {resuelto: true|false} (editores de la comuna y "
                                    + "administradores)",
                            false,
                            false,
                            "application/json",
                            "200"),
                    true);
            ObjectNode put = (ObjectNode) doc.path(comments + "/{commentId}").get("put");
            put.withArray("parameters")
                    .addObject()
                    .put("name", "commentId")
                    .put("in", "path")
                    .put("required", true)
                    .put("description", "Id del comentario")
                    .putObject("schema")
                    .put("type", "integer");
        }
    }
}

package cl.sit.ogcapi;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import java.util.List;
import org.springframework.stereotype.Component;

/** The label points of a layer ({@link LabelPointsController}). */
@Component
class LabelPointsApiDocumentation implements ApiContribution {

    private static final List<Op> OPERATIONS = List.of(new Op(
            "/api/layers/{id}/label-points",
            "get",
            "getLabelPoints",
            "Dónde escribir el nombre de cada elemento poligonal de una capa de solo lectura: "
                    + "{\"id del elemento\": [lon, lat]}, el centro del mayor círculo inscrito en su parte más "
                    + "grande (CRS84), de todos los periodos de vigencia; con ETag. 404 si la capa no existe o es "
                    + "editable",
            List.of(new Param("id", "path", "string", "Id de la colección")),
            null,
            false));

    @Override
    public void addTo(ApiDocument doc) {
        doc.add(OPERATIONS);
    }
}

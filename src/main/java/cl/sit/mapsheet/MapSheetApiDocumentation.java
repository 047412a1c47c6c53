package cl.sit.mapsheet;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import cl.sit.system.RenamedParameters.Group;
import java.util.List;
import org.springframework.stereotype.Component;

/** The map sheet ({@link MapSheetController}) in the OpenAPI document ({@code /api}). */
@Component
class MapSheetApiDocumentation implements ApiContribution {

    private static final List<Op> OPERATIONS = List.of(new Op(
            "/api/map/sheet",
            "get",
            "getMapSheet",
            "La vista del mapa como hoja PNG o PDF de una página: "
                    + "título, subtítulo, capas de SIT con su estilo, leyenda, escala, norte, fuentes y fecha (hora "
                    + "de Chile); sin mapa base",
            ApiDocument.withOldNames(
                    List.of(
                            new Param("bbox", "query", "string", "minLon,minLat,maxLon,maxLat (obligatorio)"),
                            new Param(
                                    "capas",
                                    "query",
                                    "string",
                                    "ids de colecciones, separados por comas (hasta "
                                            + "20; por omisión las del inicio del mapa)"),
                            new Param("titulo", "query", "string", "Título (hasta 120 caracteres)"),
                            new Param("subtitulo", "query", "string", "Subtítulo (hasta 200)"),
                            new Param("papel", "query", "string", "A4 o A3"),
                            new Param("orientacion", "query", "string", "landscape o portrait"),
                            new Param("f", "query", "string", "png o pdf")),
                    Group.MAP_SHEET),
            null,
            false));

    @Override
    public void addTo(ApiDocument doc) {
        doc.add(OPERATIONS);
    }
}

package cl.sit.basemap;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import java.util.List;
import org.springframework.stereotype.Component;

/** The base maps ({@link BasemapController}) in the OpenAPI document ({@code /api}). */
@Component
class BasemapApiDocumentation implements ApiContribution {

    private static final List<Op> OPERATIONS = List.of(new Op(
            "/api/basemaps",
            "get",
            "getBasemaps",
            "Mapas base que ofrecen el mapa y el editor (SIT_BASEMAPS), "
                    + "en el orden en que se prueban: id, name, type (xyz o wms), url, layers, attribution (texto), "
                    + "attributionUrl, maxZoom",
            List.of(),
            null,
            false));

    @Override
    public void addTo(ApiDocument doc) {
        doc.add(OPERATIONS);
    }
}

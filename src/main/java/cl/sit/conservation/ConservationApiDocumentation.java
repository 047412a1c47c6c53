package cl.sit.conservation;

import static cl.sit.openapi.ApiDocument.COMMUNES;
import static cl.sit.openapi.ApiDocument.OFFSET;
import static cl.sit.openapi.ApiDocument.PROJECT;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import cl.sit.system.RenamedParameters.Group;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The screening of projects against conservation areas ({@link ScreeningController}) in the OpenAPI document
 * ({@code /api}).
 */
@Component
class ConservationApiDocumentation implements ApiContribution {

    private static final List<Op> OPERATIONS = List.of(new Op(
            "/api/screening",
            "get",
            "getScreening",
            "Proyectos dentro o cerca de áreas de conservación, "
                    + "guardados al escribir los proyectos; dentro primero, luego por distancia. Paginado: "
                    + "numberMatched, numberReturned, dentro, cerca, por_tipo, por_territorio (ilustrativo: true si "
                    + "hay proyectos ilustrativos)",
            ApiDocument.withOldNames(
                    List.of(
                            new Param(
                                    "margen_m",
                                    "query",
                                    "number",
                                    "Distancia de "
                                            + "'cerca' en metros (1000; máximo sit.investment.screening-max-m, 5000, la distancia "
                                            + "guardada)"),
                            COMMUNES,
                            new Param("limit", "query", "integer", "Proyectos por página (100, máximo 10000)"),
                            OFFSET,
                            PROJECT),
                    Group.SCREENING),
            null,
            false));

    @Override
    public void addTo(ApiDocument doc) {
        doc.add(OPERATIONS);
    }
}

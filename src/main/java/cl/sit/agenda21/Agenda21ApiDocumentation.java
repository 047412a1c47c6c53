package cl.sit.agenda21;

import static cl.sit.openapi.ApiDocument.CSV_FORM;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import java.util.List;
import org.springframework.stereotype.Component;

/** The Agenda 21 completeness dashboard ({@link CompletenessController}) in the OpenAPI document ({@code /api}). */
@Component
class Agenda21ApiDocumentation implements ApiContribution {

    private static final List<Op> OPERATIONS = List.of(
            new Op(
                    "/api/agenda21/estado",
                    "get",
                    "getAgenda21Status",
                    "Completitud de las capas Agenda 21: comunas × capas, elementos, última edición y estado",
                    List.of(
                            new Param("region", "query", "string", "CUT de la región (14)"),
                            new Param("f", "query", "string", "json o csv"),
                            CSV_FORM),
                    null,
                    false),
            new Op(
                    "/api/agenda21/estado",
                    "post",
                    "setAgenda21Status",
                    "Cambia el estado de revisión de una capa en una comuna: {capa, cut, estado, nota, desde} "
                            + "(hasta la versión 0.2.0 se aceptan también los nombres antiguos layer y status)",
                    List.of(),
                    "application/json",
                    true));

    @Override
    public void addTo(ApiDocument doc) {
        doc.add(OPERATIONS);
    }
}

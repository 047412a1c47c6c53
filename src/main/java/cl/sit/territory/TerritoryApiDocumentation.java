package cl.sit.territory;

import static cl.sit.openapi.ApiDocument.AMOUNT;
import static cl.sit.openapi.ApiDocument.CSV_FORM;
import static cl.sit.openapi.ApiDocument.FROM;
import static cl.sit.openapi.ApiDocument.TO;
import static cl.sit.openapi.ApiDocument.withOldNames;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import cl.sit.system.RenamedParameters.Group;
import java.util.List;
import org.springframework.stereotype.Component;

/** Custom territories, the code crosswalk and the territory profile ({@link CustomTerritoryController},
 * {@link CrosswalkController}, {@link TerritoryProfileController}) in the OpenAPI document ({@code /api}). */
@Component
class TerritoryApiDocumentation implements ApiContribution {

    private static final Param CODE = new Param("code", "path", "string", "CUT o código de territorio personalizado");

    private static final List<Op> OPERATIONS = List.of(
            new Op(
                    "/api/territories",
                    "get",
                    "getCustomTerritories",
                    "Territorios personalizados",
                    List.of(),
                    null,
                    false),
            new Op(
                    "/api/territories",
                    "post",
                    "createCustomTerritory",
                    "Crea un territorio personalizado (comunas o polígono)",
                    List.of(),
                    "application/json",
                    true),
            new Op(
                    "/api/territories/crosswalk",
                    "get",
                    "getCodeCrosswalk",
                    "Equivalencias de códigos CUT anteriores y vigentes, con fecha y fuente",
                    List.of(new Param("f", "query", "string", "json o csv"), CSV_FORM),
                    null,
                    false),
            new Op(
                    "/api/territories/{code}/profile",
                    "get",
                    "getTerritoryProfile",
                    "Ficha de un territorio",
                    withOldNames(
                            List.of(CODE, FROM, TO, AMOUNT, new Param("f", "query", "string", "json o csv"), CSV_FORM),
                            Group.PERIOD),
                    null,
                    false),
            new Op(
                    "/api/territories/{code}/projects",
                    "get",
                    "getTerritoryProjects",
                    "Proyectos con mayor inversión en el territorio",
                    withOldNames(
                            List.of(
                                    CODE,
                                    FROM,
                                    TO,
                                    AMOUNT,
                                    new Param("limit", "query", "integer", "1 a 1000 (10)"),
                                    new Param("f", "query", "string", "json o csv"),
                                    CSV_FORM),
                            Group.PERIOD),
                    null,
                    false),
            new Op(
                    "/api/territories/{code}",
                    "get",
                    "getCustomTerritory",
                    "Un territorio personalizado: "
                            + "codigo, nombre, descripcion, tipo, area_km2, comunas, creado_por, creado_en",
                    List.of(new Param("code", "path", "string", "Código del territorio personalizado")),
                    null,
                    false));

    @Override
    public void addTo(ApiDocument doc) {
        doc.add(OPERATIONS);
    }
}

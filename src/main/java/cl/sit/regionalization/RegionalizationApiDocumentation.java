package cl.sit.regionalization;

import static cl.sit.openapi.ApiDocument.CSV_FORM;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import java.util.List;
import org.springframework.stereotype.Component;

/** Regionalizations ({@link RegionalizationController}) in the OpenAPI document ({@code /api}). */
@Component
class RegionalizationApiDocumentation implements ApiContribution {

    private static final List<Op> OPERATIONS = List.of(
            new Op(
                    "/api/regionalizations",
                    "post",
                    "createRegionalization",
                    "Territorios homogéneos: agrupa "
                            + "comunas (de una región o del país) o zonas censales urbanas de una comuna en regiones contiguas "
                            + "con SKATER (k) o max-p (piso), según variables estandarizadas y ponderadas; devuelve regiones, "
                            + "perfiles, calidad (ss_dentro, r2, Polsby-Popper), vecindad y faltantes. Cuerpo JSON: unidades, "
                            + "ambito, variables [{id, peso, parámetros}], estandarizacion, metodo, k, piso {id, minimo}, "
                            + "tamano_minimo, contiguidad, distancia_m, faltantes, semilla, intentos (docs/api.md). A lo más "
                            + "2 a la vez: 503 Busy si el turno tarda más de 10 s; max-p hasta 5 s (intentos_hechos)",
                    List.of(),
                    "application/json",
                    false),
            new Op(
                    "/api/regionalizations/variables",
                    "get",
                    "getRegionalizationVariables",
                    "Variables, "
                            + "programas, sectores, capas con atributos numéricos, regiones y comunas con zonas censales que "
                            + "una regionalización puede usar, y sus límites",
                    List.of(),
                    null,
                    false),
            new Op(
                    "/api/regionalizations/{id}",
                    "get",
                    "getRegionalization",
                    "Resultado de una regionalización "
                            + "(JSON), sus unidades (f=csv) o sus regiones disueltas (f=geojson)",
                    List.of(
                            new Param("id", "path", "string", "Id de la regionalización"),
                            new Param("f", "query", "string", "json, csv o geojson"),
                            CSV_FORM,
                            new Param(
                                    "simplificar",
                                    "query",
                                    "number",
                                    "con f=geojson: tolerancia en grados (0 a 0.01) para dibujar")),
                    null,
                    false),
            new Op(
                    "/api/regionalizations/{id}/territorios",
                    "post",
                    "saveRegionalizationAsTerritories",
                    "Guarda "
                            + "las regiones como territorios personalizados, todas o ninguna: {\"nombres\": [uno por "
                            + "región]} (roles inversión o admin)",
                    List.of(new Param("id", "path", "string", "Id de la regionalización")),
                    "application/json",
                    true));

    @Override
    public void addTo(ApiDocument doc) {
        doc.add(OPERATIONS);
    }
}

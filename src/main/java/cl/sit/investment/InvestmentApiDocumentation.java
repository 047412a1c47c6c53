package cl.sit.investment;

import static cl.sit.openapi.ApiDocument.COMMUNES;
import static cl.sit.openapi.ApiDocument.CSV_FORM;
import static cl.sit.openapi.ApiDocument.OFFSET;
import static cl.sit.openapi.ApiDocument.PROJECT;
import static cl.sit.openapi.ApiDocument.withOldNames;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Op;
import cl.sit.openapi.ApiDocument.Param;
import cl.sit.system.RenamedParameters.Group;
import java.util.List;
import org.springframework.stereotype.Component;

/** Investment projects: their data, history, import and export, overlaps and the map's project
 * layer ({@link InvestmentController}, {@link ProjectEditController}, {@link ProjectHistoryController},
 * {@link ProjectImportController}, {@link ProjectExportController}, {@link OverlapController},
 * {@link ProjectMapController}) in the OpenAPI document ({@code /api}). */
@Component
class InvestmentApiDocumentation implements ApiContribution {

    private static final Param COMMUNE = new Param("comuna", "query", "string", "Código CUT de una comuna");
    private static final Param ID = new Param("id", "path", "integer", "Id del proyecto");
    private static final Param MAP_FROM = new Param("desde", "query", "integer", "Proyectos que corren desde ese año");
    private static final Param MAP_TO = new Param("hasta", "query", "integer", "Proyectos que corren hasta ese año");

    private static final List<Op> OPERATIONS = List.of(
            new Op(
                    "/api/overlaps",
                    "get",
                    "getOverlaps",
                    "Pares de proyectos que se superponen en espacio y "
                            + "tiempo (nunca si sus años no se superponen), un par por dos proyectos, guardados al escribir los "
                            + "proyectos, ordenados por motivo, luego distancia y luego id. Motivos, del más fuerte al más "
                            + "débil: territorio_anios_sector (programas distintos, misma comuna, mismo sector, a menos de "
                            + "distancia_m), cercania_anios (programas distintos, geometrías a menos de distancia_m), "
                            + "mismo_programa (mismo programa, geometrías a menos de distancia_m); motivo es el más fuerte, "
                            + "motivos todos. Paginado: numberMatched, numberReturned, por_motivo; ilustrativo: true si hay "
                            + "proyectos ilustrativos",
                    withOldNames(
                            List.of(
                                    new Param(
                                            "distancia_m",
                                            "query",
                                            "number",
                                            "Distancia N entre "
                                                    + "geometrías en metros (por defecto y como máximo sit.investment.overlap-distance-m, 500, "
                                                    + "la distancia guardada)"),
                                    COMMUNES,
                                    new Param("limit", "query", "integer", "Pares por página (100, máximo 10000)"),
                                    OFFSET,
                                    new Param(
                                            "por_comuna",
                                            "query",
                                            "boolean",
                                            "Agregar los pares por comuna (false: une cada par con sus comunas, lento con millones de "
                                                    + "pares)"),
                                    PROJECT),
                            Group.OVERLAPS),
                    null,
                    false),
            new Op(
                    "/api/overlaps/coincidencias",
                    "get",
                    "getCoincidences",
                    "Comunas, sectores y años en que "
                            + "corren proyectos de dos o más programas (misma comuna, mismo sector y años que se superponen, "
                            + "sin importar la distancia), contados por celda y no por par: {desde, hasta, territorio, "
                            + "coincidencias: [{comuna, nombre, sector, anio, proyectos, programas: [{programa, proyectos}]}], "
                            + "numberMatched, numberReturned, ilustrativo, definicion}; de más programas a menos",
                    List.of(
                            COMMUNES,
                            new Param("desde", "query", "integer", "Primer año (1900)"),
                            new Param("hasta", "query", "integer", "Último año (2100)"),
                            new Param("limit", "query", "integer", "Celdas por página (100, máximo 10000)"),
                            OFFSET),
                    null,
                    false),
            new Op(
                    "/api/investments/{id}/territories",
                    "get",
                    "getProjectTerritories",
                    "Reparto guardado de un proyecto: {ilustrativo, reparto: [comunas y la parte fuera de toda "
                            + "comuna (codigo null)], unidades: [región, provincias y territorios personalizados: "
                            + "{codigo, nombre, nivel, proporcion}]}",
                    List.of(ID),
                    null,
                    false),
            new Op(
                    "/api/investments/{id}/amounts",
                    "get",
                    "getProjectAmounts",
                    "Montos por año de un proyecto: {proyecto, ilustrativo, montos: [{anio, programado_clp, "
                            + "ejecutado_clp}], programado_clp, ejecutado_clp}",
                    List.of(ID),
                    null,
                    false),
            new Op(
                    "/api/investments/{id}/version",
                    "get",
                    "getProjectVersion",
                    "Versión (ETag) de un proyecto",
                    List.of(ID),
                    null,
                    false),
            new Op(
                    "/api/investments/{id}/history",
                    "get",
                    "getProjectHistory",
                    "Historial de cambios de un proyecto "
                            + "(usuarios autenticados), el más reciente primero: {proyecto, total, limit, offset, cambios: "
                            + "[{accion, usuario, fecha, origen, archivo, cambios: {campos, montos, geometriaCambiada}}]}",
                    List.of(
                            ID,
                            new Param("limit", "query", "integer", "Entradas por página (20, máximo 200)"),
                            new Param("offset", "query", "integer", "Entradas omitidas antes de la página (0)")),
                    null,
                    true),
            new Op(
                    "/api/investments/{id}",
                    "put",
                    "replaceProject",
                    "Reemplaza un proyecto (If-Match obligatorio) y lo vuelve a enlazar",
                    List.of(ID, new Param("If-Match", "header", "string", "Versión leída, entre comillas")),
                    "application/geo+json",
                    true),
            new Op(
                    "/api/investments/{id}",
                    "delete",
                    "deleteProject",
                    "Elimina un proyecto (If-Match obligatorio) con sus montos, repartos, alertas y pares; su "
                            + "historial queda, terminado en una entrada 'eliminado'. Responde 204",
                    List.of(ID, new Param("If-Match", "header", "string", "Versión leída, entre comillas")),
                    null,
                    true),
            new Op(
                    "/api/investments/reconciliation",
                    "get",
                    "getReconciliation",
                    "Proyectos cuya ubicación y registro no coinciden: {ilustrativo, problemas: [...]}",
                    List.of(
                            COMMUNES,
                            new Param("limit", "query", "integer", "Problemas por página (1000, máximo 10000)"),
                            OFFSET),
                    null,
                    false),
            new Op(
                    "/api/investments/ilustrativos",
                    "delete",
                    "removeIllustrativeProjects",
                    "Retira todos los proyectos ilustrativos con sus montos y repartos (solo administradores); "
                            + "no vuelven a cargarse al reiniciar. Responde {eliminados}",
                    List.of(),
                    null,
                    true),
            new Op(
                    "/api/investments/import",
                    "post",
                    "importProjects",
                    "Importa proyectos (CSV o GeoJSON), todo o nada",
                    List.of(
                            new Param(
                                    "unidad",
                                    "query",
                                    "string",
                                    "Unidad de un costo sin unidad en el encabezado: pesos, miles o millones"),
                            new Param(
                                    "modo",
                                    "query",
                                    "string",
                                    "crear (por defecto) o actualizar: un código BIP "
                                            + "existente actualiza ese proyecto"),
                            new Param(
                                    "vista_previa",
                                    "query",
                                    "boolean",
                                    "true: valida, cuenta y advierte sin guardar nada (200)")),
                    "text/csv",
                    true),
            new Op(
                    "/api/investments/import/template",
                    "get",
                    "getImportTemplate",
                    "Plantilla de importación: encabezados aceptados y una fila de ejemplo",
                    List.of(new Param("formato", "query", "string", "csv (comas) o excel (punto y coma, con BOM)")),
                    null,
                    false),
            new Op(
                    "/api/investments/export",
                    "get",
                    "exportProjects",
                    "Exporta proyectos filtrados (CSV o GeoJSON)",
                    List.of(
                            new Param("f", "query", "string", "csv o geojson"),
                            CSV_FORM,
                            new Param("programa", "query", "string", "Programa"),
                            new Param("sector", "query", "string", "Sector"),
                            new Param("etapa", "query", "string", "Etapa"),
                            COMMUNE,
                            new Param("desde", "query", "integer", "Año desde"),
                            new Param("hasta", "query", "integer", "Año hasta")),
                    null,
                    false),
            new Op(
                    "/api/investments/map/form",
                    "get",
                    "getInvestmentMapForm",
                    "Filtro de la capa de proyectos "
                            + "del mapa: total de proyectos, primer y último año, y los valores de cada atributo de texto "
                            + "(programa, sector, etapa, …) con su número de proyectos",
                    List.of(),
                    null,
                    false),
            new Op(
                    "/api/investments/map/count",
                    "get",
                    "getInvestmentMapCount",
                    "Proyectos que dibuja el mapa "
                            + "con un filtro: {total, mostrados, puntos, otros}. Filtros de /tiles/proyectos-inversion: cada "
                            + "atributo de texto de la capa (igual a) y los años",
                    withOldNames(List.of(MAP_FROM, MAP_TO), Group.YEARS),
                    null,
                    false),
            new Op(
                    "/api/investments/at",
                    "get",
                    "getInvestmentsAt",
                    "Proyectos dibujados cerca de un punto del "
                            + "mapa (hasta 10, el más cercano primero), con los filtros del mapa (atributos de texto, desde, "
                            + "hasta)",
                    withOldNames(
                            List.of(
                                    new Param("lon", "query", "number", "Longitud, -180 a 180 (obligatoria)"),
                                    new Param("lat", "query", "number", "Latitud, -85 a 85 (obligatoria)"),
                                    new Param(
                                            "zoom", "query", "number", "Nivel de zoom del mapa, 0 a 22 (obligatorio)"),
                                    new Param(
                                            "tolerancia_px", "query", "number", "Distancia en píxeles (6; máximo 30)"),
                                    MAP_FROM,
                                    MAP_TO),
                            Group.YEARS,
                            Group.MAP_POINT),
                    null,
                    false),
            new Op(
                    "/api/investments/search",
                    "get",
                    "searchInvestments",
                    "Busca proyectos por código BIP "
                            + "(exacto, luego prefijo) o por nombre (sin importar mayúsculas ni acentos)",
                    List.of(
                            new Param("q", "query", "string", "Texto buscado, 1 a 100 caracteres (obligatorio)"),
                            new Param("limit", "query", "integer", "Resultados (10; máximo 20)")),
                    null,
                    false));

    @Override
    public void addTo(ApiDocument doc) {
        doc.add(OPERATIONS);
    }
}

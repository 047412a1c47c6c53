package cl.sit.ogcapi;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The non-OGC part of the API (investment, indicators, analyses, custom territories, the Agenda 21 dashboard) as
 * OpenAPI paths, so {@code /api} documents every endpoint. Writes need HTTP Basic ({@code basic} security scheme).
 */
final class AnalysisPaths {

    /** A query or path parameter: name, where, JSON type, Spanish description. */
    private record Param(String name, String in, String type, String description) {}

    /** One operation. */
    private record Op(String path, String method, String id, String summary, List<Param> params, String body,
            boolean secured) {}

    private static final Param FROM = new Param("from", "query", "integer", "Primer año (por defecto 2003)");
    private static final Param TO = new Param("to", "query", "integer", "Último año (por defecto 2026)");
    private static final Param AMOUNT = new Param("amount", "query", "string", "programado o ejecutado");
    private static final Param COMMUNE = new Param("comuna", "query", "string", "Código CUT de una comuna");
    private static final Param COMMUNES = new Param("territorio", "query", "string", "Cualquier unidad: código CUT de "
            + "comuna, provincia o región, código de un territorio personalizado o de una unidad anterior "
            + "(105@..2007-10-02); los proyectos con una parte en ella ('comuna' es su nombre anterior)");
    private static final Param OFFSET = new Param("offset", "query", "integer", "Elementos omitidos antes de la "
            + "página (0, máximo 100000)");
    private static final Param ID = new Param("id", "path", "integer", "Id del proyecto");
    private static final Param PROJECT = new Param("proyecto", "query", "integer", "Id de un proyecto, en lugar de "
            + "territorio: solo sus alertas (400 si se da también territorio; 404 si no existe)");
    private static final Param CODE = new Param("code", "path", "string", "CUT o código de territorio personalizado");

    /** A filter of the dashboard: one or more values separated by commas. */
    private static Param list(String name, String what) {
        return new Param(name, "query", "string", what + ", uno o más separados por comas (máximo 50)");
    }

    /** The form of a CSV download (cl.sit.system.CsvDownload). */
    private static final Param CSV_FORM = new Param("formato", "query", "string", "con f=csv: excel (por omisión: "
            + "punto y coma, coma decimal, UTF-8 con BOM, títulos en español) o csv (comas, punto decimal, sin BOM, "
            + "nombres estables para programas)");

    private static final List<Op> OPERATIONS = List.of(
            new Op("/api/indicators", "get", "getIndicators", "Inversión por territorio: total, per cápita (suma, por "
                    + "año, del monto del año dividido por la población de ese año; per_capita_definition), por km²; "
                    + "aparte (fuera_de_comunas) lo que queda fuera de toda comuna",
                    List.of(new Param("level", "query", "string", "commune, province, region o custom"), FROM, TO,
                            AMOUNT, new Param("by", "query", "string", "programa, sector, etapa o anio"),
                            new Param("f", "query", "string", "json o csv"), CSV_FORM), null, false),
            new Op("/api/investments/dashboard", "get", "getInvestmentDashboard", "Tablero de inversión con "
                    + "filtros cruzados: total_clp y projects con todos los filtros; breakdowns por programa, sector, "
                    + "etapa (orden del ciclo de proyectos), anio (2003-2026 ampliado al rango y a los años con montos) "
                    + "y comuna (con name), cada uno con todos los filtros salvo el de su dimensión; proyectos "
                    + "(los de mayor inversión con los filtros); fuera_de_comunas sin filtro de comuna; ilustrativo. "
                    + "Montos de cada proyecto por su parte en cada comuna, como /api/indicators",
                    List.of(FROM, TO, AMOUNT, list("programa", "Programas"), list("sector", "Sectores"),
                            list("etapa", "Etapas: idea, perfil, prefactibilidad, factibilidad, diseño, ejecución"),
                            list("comuna", "Códigos CUT de comunas"), new Param("limit", "query", "integer",
                                    "Proyectos listados (20; 0 a 100)")), null, false),
            new Op("/api/screening", "get", "getScreening", "Proyectos dentro o cerca de áreas de conservación, "
                    + "guardados al escribir los proyectos; dentro primero, luego por distancia. Paginado: "
                    + "numberMatched, numberReturned, dentro, cerca, por_tipo, por_territorio (ilustrativo: true si "
                    + "hay proyectos ilustrativos)",
                    List.of(new Param("buffer_m", "query", "number", "Distancia de 'cerca' en metros (1000; máximo "
                            + "sit.investment.screening-max-m, 5000, la distancia guardada)"), COMMUNES,
                            new Param("limit", "query", "integer", "Proyectos por página (100, máximo 10000)"), OFFSET,
                            PROJECT),
                    null, false),
            new Op("/api/overlaps", "get", "getOverlaps", "Pares de proyectos que se superponen en espacio y "
                    + "tiempo (nunca si sus años no se superponen), un par por dos proyectos, guardados al escribir los "
                    + "proyectos, ordenados por motivo, luego distancia y luego id. Motivos, del más fuerte al más débil: territorio_anios_sector (programas "
                    + "distintos, misma comuna, mismo sector, a menos de distance_m), cercania_anios (programas distintos, geometrías a "
                    + "menos de distance_m), mismo_programa (mismo programa, geometrías a menos de distance_m); "
                    + "motivo es el más fuerte, motivos todos. Paginado: numberMatched, numberReturned, por_motivo; ilustrativo: true si hay proyectos "
                    + "ilustrativos",
                    List.of(new Param("distance_m", "query", "number", "Distancia N entre geometrías en metros "
                            + "(por defecto y como máximo sit.investment.overlap-distance-m, 500, la distancia guardada)"),
                            COMMUNES, new Param("limit", "query", "integer", "Pares por página (100, máximo 10000)"),
                            OFFSET, new Param("por_comuna", "query", "boolean", "Agregar los pares por comuna "
                                    + "(false: une cada par con sus comunas, lento con millones de pares)"), PROJECT),
                    null, false),
            new Op("/api/overlaps/coincidencias", "get", "getCoincidences", "Comunas, sectores y años en que "
                    + "corren proyectos de dos o más programas (misma comuna, mismo sector y años que se superponen, "
                    + "sin importar la distancia), contados por celda y no por par: {desde, hasta, territorio, "
                    + "coincidencias: [{comuna, nombre, sector, anio, proyectos, programas: [{programa, proyectos}]}], "
                    + "numberMatched, numberReturned, ilustrativo, definicion}; de más programas a menos",
                    List.of(COMMUNES, new Param("desde", "query", "integer", "Primer año (1900)"),
                            new Param("hasta", "query", "integer", "Último año (2100)"),
                            new Param("limit", "query", "integer", "Celdas por página (100, máximo 10000)"), OFFSET),
                    null, false),
            new Op("/api/investments/{id}/territories", "get", "getProjectTerritories",
                    "Reparto guardado de un proyecto: {ilustrativo, reparto: [comunas y la parte fuera de toda "
                            + "comuna (code null)], unidades: [región, provincias y territorios personalizados: "
                            + "{code, name, level, share}]}",
                    List.of(ID), null, false),
            new Op("/api/investments/{id}/amounts", "get", "getProjectAmounts",
                    "Montos por año de un proyecto: {proyecto, ilustrativo, montos: [{anio, programado_clp, "
                            + "ejecutado_clp}], programado_clp, ejecutado_clp}",
                    List.of(ID), null, false),
            new Op("/api/investments/{id}/version", "get", "getProjectVersion", "Versión (ETag) de un proyecto",
                    List.of(ID), null, false),
            new Op("/api/investments/{id}/history", "get", "getProjectHistory", "Historial de cambios de un proyecto "
                    + "(usuarios autenticados), el más reciente primero: {proyecto, total, limit, offset, cambios: "
                    + "[{accion, usuario, fecha, origen, archivo, cambios: {campos, montos, geometriaCambiada}}]}",
                    List.of(ID, new Param("limit", "query", "integer", "Entradas por página (20, máximo 200)"),
                            new Param("offset", "query", "integer", "Entradas omitidas antes de la página (0)")),
                    null, true),
            new Op("/api/investments/{id}", "put", "replaceProject",
                    "Reemplaza un proyecto (If-Match obligatorio) y lo vuelve a enlazar",
                    List.of(ID, new Param("If-Match", "header", "string", "Versión leída, entre comillas")),
                    "application/geo+json", true),
            new Op("/api/investments/{id}", "delete", "deleteProject",
                    "Elimina un proyecto (If-Match obligatorio) con sus montos, repartos, alertas y pares; su "
                            + "historial queda, terminado en una entrada 'eliminado'. Responde 204",
                    List.of(ID, new Param("If-Match", "header", "string", "Versión leída, entre comillas")),
                    null, true),
            new Op("/api/investments/reconciliation", "get", "getReconciliation",
                    "Proyectos cuya ubicación y registro no coinciden: {ilustrativo, problemas: [...]}", List.of(),
                    null, false),
            new Op("/api/investments/ilustrativos", "delete", "removeIllustrativeProjects",
                    "Retira todos los proyectos ilustrativos con sus montos y repartos (solo administradores); "
                            + "no vuelven a cargarse al reiniciar. Responde {eliminados}", List.of(), null, true),
            new Op("/api/investments/import", "post", "importProjects",
                    "Importa proyectos (CSV o GeoJSON), todo o nada",
                    List.of(new Param("unidad", "query", "string", "Unidad de un costo sin unidad en el encabezado: "
                            + "pesos, miles o millones"),
                            new Param("modo", "query", "string", "crear (por defecto) o actualizar: un código BIP "
                                    + "existente actualiza ese proyecto"),
                            new Param("vista_previa", "query", "boolean", "true: valida, cuenta y advierte sin "
                                    + "guardar nada (200)")), "text/csv", true),
            new Op("/api/investments/import/template", "get", "getImportTemplate",
                    "Plantilla de importación: encabezados aceptados y una fila de ejemplo",
                    List.of(new Param("formato", "query", "string", "csv (comas) o excel (punto y coma, con BOM)")),
                    null, false),
            new Op("/api/investments/export", "get", "exportProjects", "Exporta proyectos filtrados (CSV o GeoJSON)",
                    List.of(new Param("f", "query", "string", "csv o geojson"), CSV_FORM,
                            new Param("programa", "query", "string", "Programa"),
                            new Param("sector", "query", "string", "Sector"),
                            new Param("etapa", "query", "string", "Etapa"), COMMUNE,
                            new Param("desde", "query", "integer", "Año desde"),
                            new Param("hasta", "query", "integer", "Año hasta")), null, false),
            new Op("/api/map/sheet", "get", "getMapSheet", "La vista del mapa como hoja PNG o PDF de una página: "
                    + "título, subtítulo, capas de SIT con su estilo, leyenda, escala, norte, fuentes y fecha (hora "
                    + "de Chile); sin mapa base",
                    List.of(new Param("bbox", "query", "string", "minLon,minLat,maxLon,maxLat (obligatorio)"),
                            new Param("layers", "query", "string", "ids de colecciones, separados por comas (hasta "
                                    + "20; por omisión las del inicio del mapa)"),
                            new Param("title", "query", "string", "Título (hasta 120 caracteres)"),
                            new Param("subtitle", "query", "string", "Subtítulo (hasta 200)"),
                            new Param("paper", "query", "string", "A4 o A3"),
                            new Param("orientation", "query", "string", "landscape o portrait"),
                            new Param("f", "query", "string", "png o pdf")), null, false),
            new Op("/api/basemaps", "get", "getBasemaps", "Mapas base que ofrecen el mapa y el editor (SIT_BASEMAPS), "
                    + "en el orden en que se prueban: id, name, type (xyz o wms), url, layers, attribution (texto), "
                    + "attributionUrl, maxZoom", List.of(), null, false),
            new Op("/api/territories", "get", "getCustomTerritories", "Territorios personalizados", List.of(), null,
                    false),
            new Op("/api/territories", "post", "createCustomTerritory",
                    "Crea un territorio personalizado (comunas o polígono)", List.of(), "application/json", true),
            new Op("/api/regionalizations", "post", "createRegionalization", "Territorios homogéneos: agrupa "
                    + "comunas (de una región o del país) o zonas censales urbanas de una comuna en regiones contiguas "
                    + "con SKATER (k) o max-p (piso), según variables estandarizadas y ponderadas; devuelve regiones, "
                    + "perfiles, calidad (ss_dentro, r2, Polsby-Popper), vecindad y faltantes. Cuerpo JSON: unidades, "
                    + "ambito, variables [{id, peso, parámetros}], estandarizacion, metodo, k, piso {id, minimo}, "
                    + "tamano_minimo, contiguidad, distancia_m, faltantes, semilla, intentos (docs/api.md). A lo más "
                    + "2 a la vez: 503 Busy si el turno tarda más de 10 s; max-p hasta 5 s (intentos_hechos)",
                    List.of(), "application/json", false),
            new Op("/api/regionalizations/variables", "get", "getRegionalizationVariables", "Variables, "
                    + "programas, sectores, capas con atributos numéricos, regiones y comunas con zonas censales que "
                    + "una regionalización puede usar, y sus límites", List.of(), null, false),
            new Op("/api/regionalizations/{id}", "get", "getRegionalization", "Resultado de una regionalización "
                    + "(JSON), sus unidades (f=csv) o sus regiones disueltas (f=geojson)",
                    List.of(new Param("id", "path", "string", "Id de la regionalización"),
                            new Param("f", "query", "string", "json, csv o geojson"), CSV_FORM,
                            new Param("simplificar", "query", "number", "con f=geojson: tolerancia en grados "
                                    + "(0 a 0.01) para dibujar")), null, false),
            new Op("/api/regionalizations/{id}/territorios", "post", "saveRegionalizationAsTerritories", "Guarda "
                    + "las regiones como territorios personalizados, todas o ninguna: {\"nombres\": [uno por "
                    + "región]} (roles inversión o admin)", List.of(new Param("id", "path", "string",
                            "Id de la regionalización")), "application/json", true),
            new Op("/api/territories/crosswalk", "get", "getCodeCrosswalk",
                    "Equivalencias de códigos CUT anteriores y vigentes, con fecha y fuente",
                    List.of(new Param("f", "query", "string", "json o csv"), CSV_FORM), null, false),
            new Op("/api/territories/{code}/profile", "get", "getTerritoryProfile", "Ficha de un territorio",
                    List.of(CODE, FROM, TO, AMOUNT, new Param("f", "query", "string", "json o csv"), CSV_FORM), null, false),
            new Op("/api/territories/{code}/projects", "get", "getTerritoryProjects",
                    "Proyectos con mayor inversión en el territorio",
                    List.of(CODE, FROM, TO, AMOUNT, new Param("limit", "query", "integer", "1 a 1000 (10)"),
                            new Param("f", "query", "string", "json o csv"), CSV_FORM), null,
                    false),
            new Op("/api/agenda21/estado", "get", "getAgenda21Status",
                    "Completitud de las capas Agenda 21: comunas × capas, elementos, última edición y estado",
                    List.of(new Param("region", "query", "string", "CUT de la región (14)"),
                            new Param("f", "query", "string", "json o csv"), CSV_FORM), null, false),
            new Op("/api/agenda21/estado", "post", "setAgenda21Status",
                    "Cambia el estado de revisión de una capa en una comuna: {layer, cut, status, nota, desde}",
                    List.of(), "application/json", true));

    private AnalysisPaths() {}

    static void addTo(ObjectNode paths, ObjectNode components) {
        for (Op op : OPERATIONS) {
            ObjectNode path = paths.has(op.path()) ? (ObjectNode) paths.get(op.path()) : paths.putObject(op.path());
            ObjectNode o = path.putObject(op.method());
            o.put("operationId", op.id());
            o.put("summary", op.summary());
            o.putArray("tags").add("SIT");
            ArrayNode params = o.putArray("parameters");
            for (Param p : op.params()) {
                ObjectNode n = params.addObject();
                n.put("name", p.name()).put("in", p.in()).put("required", !p.in().equals("query"));
                n.put("description", p.description());
                n.putObject("schema").put("type", p.type());
            }
            if (op.body() != null) {
                o.putObject("requestBody").put("required", true).putObject("content").putObject(op.body())
                        .putObject("schema").put("type", op.body().equals("text/csv") ? "string" : "object");
            }
            if (op.secured()) {
                o.putArray("security").addObject().putArray("basic");
            }
            ObjectNode responses = o.putObject("responses");
            responses.putObject("200").put("description", "Resultado");
            responses.putObject("400").put("description", "Parámetro no válido (JSON {code, description})");
            if (op.secured()) {
                responses.putObject("401").put("description", "Sin autenticación");
                responses.putObject("403").put("description", "Sin el rol necesario");
                responses.putObject("422").put("description", "Datos no válidos; nada se guardó");
            }
        }
        components.putObject("securitySchemes").putObject("basic").put("type", "http").put("scheme", "basic");
    }
}

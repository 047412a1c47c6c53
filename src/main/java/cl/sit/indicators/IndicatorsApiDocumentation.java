package cl.sit.indicators;

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

/**
 * {@code /api/indicators} ({@link IndicatorController}) and the investment dashboard ({@link DashboardController})
 * in the OpenAPI document ({@code /api}).
 */
@Component
class IndicatorsApiDocumentation implements ApiContribution {

    /** A filter of the dashboard: one or more values separated by commas. */
    private static Param list(String name, String what) {
        return new Param(name, "query", "string", what + ", uno o más separados por comas (máximo 50)");
    }

    private static final List<Op> OPERATIONS = List.of(
            new Op(
                    "/api/indicators",
                    "get",
                    "getIndicators",
                    "Inversión por territorio: total, per cápita (suma, por "
                            + "año, del monto del año dividido por la población de ese año; definicion_per_capita), por km²; "
                            + "aparte (fuera_de_comunas) lo que queda fuera de toda comuna",
                    withOldNames(
                            List.of(
                                    new Param(
                                            "nivel",
                                            "query",
                                            "string",
                                            "comuna, provincia, region o "
                                                    + "personalizado (también commune, province, region, custom)"),
                                    FROM,
                                    TO,
                                    AMOUNT,
                                    new Param("por", "query", "string", "programa, sector, etapa o anio"),
                                    new Param("f", "query", "string", "json o csv"),
                                    CSV_FORM,
                                    new Param(
                                            "fecha",
                                            "query",
                                            "string",
                                            "Un día (2005-01-01): las unidades vigentes ese "
                                                    + "día en lugar de las de hoy; no para territorios personalizados")),
                            Group.PERIOD,
                            Group.INDICATORS),
                    null,
                    false),
            new Op(
                    "/api/investments/dashboard",
                    "get",
                    "getInvestmentDashboard",
                    "Tablero de inversión con "
                            + "filtros cruzados: total_clp y cantidad_proyectos con todos los filtros; desgloses por programa, "
                            + "sector, etapa (orden del ciclo de proyectos), anio (2003-2026 ampliado al rango y a los años con montos) "
                            + "y comuna (con nombre), cada uno con todos los filtros salvo el de su dimensión; proyectos "
                            + "(los de mayor inversión con los filtros); fuera_de_comunas sin filtro de comuna; ilustrativo. "
                            + "Montos de cada proyecto por su parte en cada comuna, como /api/indicators",
                    withOldNames(
                            List.of(
                                    FROM,
                                    TO,
                                    AMOUNT,
                                    list("programa", "Programas"),
                                    list("sector", "Sectores"),
                                    list(
                                            "etapa",
                                            "Etapas: idea, perfil, prefactibilidad, factibilidad, diseño, ejecución"),
                                    list("comuna", "Códigos CUT de comunas"),
                                    new Param("limit", "query", "integer", "Proyectos listados (20; 0 a 100)")),
                            Group.PERIOD),
                    null,
                    false));

    @Override
    public void addTo(ApiDocument doc) {
        doc.add(OPERATIONS);
    }
}

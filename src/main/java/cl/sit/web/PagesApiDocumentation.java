package cl.sit.web;

import cl.sit.openapi.ApiContribution;
import cl.sit.openapi.ApiDocument;
import cl.sit.openapi.ApiDocument.Param;
import cl.sit.system.RenamedParameters.Group;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The HTML pages of this package (tag "Páginas"), so that every {@code @RequestMapping} of SIT is in {@code /api}.
 * They answer text/html only; the data they show come from the JSON API documented beside them.
 */
@Component
class PagesApiDocumentation implements ApiContribution {

    private static final Param CODE = new Param(
            "code", "path", "string", "CUT de comuna, provincia o región, o código de territorio personalizado");

    @Override
    public void addTo(ApiDocument doc) {
        doc.page("/login", "getLoginPage", "Inicio de sesión");
        doc.page("/editor", "getEditorPage", "Editor de capas editables (usuarios con sesión; sin sesión, /login)");
        doc.page("/administracion", "getAdministrationPage", "Administración de usuarios, roles y permisos (admin)");
        doc.page(
                "/agenda21",
                "getAgenda21Page",
                "Completitud de las capas Agenda 21: comunas × capas y su estado",
                new Param("region", "query", "string", "CUT de la región (14)"));
        doc.page("/inversion", "getInvestmentDashboardPage", "Tablero de inversión y comparación de territorios");
        doc.page(
                "/inversion/importar",
                "getProjectImportPage",
                "Importación de proyectos de inversión desde un archivo");
        doc.page(
                "/inversion/proyectos/{id}",
                "getProjectPage",
                "Página de un proyecto de inversión",
                new Param("id", "path", "string", "Id del proyecto"));
        doc.page(
                "/datos-abiertos",
                "getOpenDataPage",
                "Datos abiertos: cada capa en sus formatos, descargas CSV y cómo conectarse desde QGIS o GDAL");
        doc.page("/territorios", "getTerritoriesPage", "Fichas de territorios: la lista de todos");
        doc.page(
                "/territorios/{code}",
                "getTerritoryPage",
                "Ficha de un territorio",
                ApiDocument.withOldNames(
                        List.of(CODE, ApiDocument.FROM, ApiDocument.TO, ApiDocument.AMOUNT), Group.PERIOD));
        doc.page("/territorios/homogeneos", "getRegionalizationPage", "Territorios homogéneos (regionalización)");
    }
}

package cl.sit.ogcapi;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Landing page (the map, as HTML) and conformance declaration. */
@RestController
class LandingController {

    static final String TITLE = "SIT – Sistema de Información Territorial, Región de Los Ríos";

    @GetMapping(
            value = "/",
            produces = {MediaTypes.JSON, MediaTypes.HTML})
    LandingPage landing(HttpServletRequest request) {
        RequestParams.onlyFormat(request);
        List<Link> links = OgcLinks.selfAndAlternate(MediaTypes.JSON, "Esta página");
        links.add(new Link(
                OgcLinks.href("/api"),
                "service-desc",
                MediaTypes.OPENAPI_JSON_VALUE,
                "Definición de la API (OpenAPI 3.0)"));
        links.add(new Link(OgcLinks.href("/api?f=html"), "service-doc", MediaTypes.HTML, "Documentación de la API"));
        links.add(new Link(OgcLinks.href("/conformance"), "conformance", MediaTypes.JSON, "Clases de conformidad OGC"));
        links.add(new Link(OgcLinks.href("/collections"), "data", MediaTypes.JSON, "Colecciones (capas)"));
        return new LandingPage(
                TITLE,
                "Capas territoriales de la Región de Los Ríos (ex provincia de Valdivia): "
                        + "comunas, sitios prioritarios, áreas protegidas, límites urbanos, zonas censales y proyectos de "
                        + "inversión, servidas como OGC API - Features.",
                links);
    }

    @GetMapping(
            value = "/conformance",
            produces = {MediaTypes.JSON, MediaTypes.HTML})
    ConformanceDeclaration conformance(HttpServletRequest request) {
        RequestParams.onlyFormat(request);
        return ConformanceDeclaration.sit();
    }
}

package cl.sit.ogcapi;

import tools.jackson.databind.JsonNode;

/** The OpenAPI definition shown as an HTML page. */
public record ApiDocumentPage(JsonNode document) implements HtmlView {

    @Override
    public String template() {
        return "api";
    }

    @Override
    public String pageTitle() {
        return "Definición de la API";
    }
}

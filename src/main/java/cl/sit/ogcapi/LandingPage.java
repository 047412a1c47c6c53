package cl.sit.ogcapi;

import java.util.List;

/** The OGC API landing page. As HTML it is the map of SIT. */
public record LandingPage(String title, String description, List<Link> links) implements HtmlView {

    @Override
    public String template() {
        return "map";
    }

    @Override
    public String pageTitle() {
        return title;
    }
}

package cl.sit.ogcapi;

import java.util.List;

/** The {@code /collections} resource. */
public record CollectionList(List<Link> links, List<CollectionInfo> collections) implements HtmlView {

    @Override
    public String template() {
        return "collections";
    }

    @Override
    public String pageTitle() {
        return "Colecciones";
    }
}

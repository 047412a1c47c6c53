package cl.sit.ogcapi;

import java.util.List;

/** The {@code /collections} resource; {@code crs} is the global list of OGC API Features Part 2. */
public record CollectionList(List<Link> links, List<String> crs, List<CollectionInfo> collections) implements HtmlView {

    @Override
    public String template() {
        return "collections";
    }

    @Override
    public String pageTitle() {
        return "Colecciones";
    }
}

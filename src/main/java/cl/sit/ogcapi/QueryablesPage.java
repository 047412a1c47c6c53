package cl.sit.ogcapi;

import cl.sit.filter.Queryables;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The queryables of a collection as an HTML page: each property a filter may use, its type in Spanish, and an
 * example filter (a link to the items it selects).
 *
 * @param id collection id
 * @param title collection title
 * @param queryables in the order of {@code /queryables}
 */
public record QueryablesPage(String id, String title, List<Queryable> queryables) implements HtmlView {

    /** Los Ríos, for the example of the geometry queryable. */
    private static final String REGION_BOX = "BBOX(-73.8, -40.8, -71.5, -39.2)";

    /**
     * One queryable.
     *
     * @param name the name to use in filters
     * @param title Spanish label
     * @param type Spanish type name
     * @param values allowed values (empty: any)
     * @param example a cql2-text filter on it
     */
    public record Queryable(String name, String title, String type, List<String> values, String example) {}

    public QueryablesPage {
        queryables = List.copyOf(queryables);
    }

    static QueryablesPage of(Layer layer) {
        List<Queryable> all = new ArrayList<>();
        for (LayerAttribute a : layer.attributes()) {
            all.add(new Queryable(a.name(), a.title(), type(a), a.domain(), example(a)));
        }
        if (Queryables.hasGeometry(layer)) {
            all.add(new Queryable(
                    Queryables.GEOMETRY,
                    "Geometría",
                    "geometría (" + layer.geometryType().toLowerCase(Locale.ROOT) + ", CRS84)",
                    List.of(),
                    "S_INTERSECTS(" + Queryables.GEOMETRY + ", " + REGION_BOX + ")"));
        }
        return new QueryablesPage(layer.id(), layer.title(), all);
    }

    private static String type(LayerAttribute a) {
        return switch (a.type()) {
            case STRING -> "texto";
            case INTEGER -> "entero";
            case NUMBER -> "número";
            case BOOLEAN -> "booleano";
            case DATE -> "fecha";
        };
    }

    private static String example(LayerAttribute a) {
        return switch (a.type()) {
            case STRING ->
                a.domain().isEmpty()
                        ? a.name() + " LIKE 'A%'"
                        : a.name() + " = '" + a.domain().get(0).replace("'", "''") + "'";
            case INTEGER, NUMBER -> a.name() + " > 0";
            case BOOLEAN -> a.name() + " = TRUE";
            case DATE -> "T_AFTER(" + a.name() + ", DATE('2007-10-01'))";
        };
    }

    @Override
    public String template() {
        return "queryables";
    }

    @Override
    public String pageTitle() {
        return "Consultables: " + title;
    }
}

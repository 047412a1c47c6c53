package cl.sit.ogcapi;

import cl.sit.layer.Feature;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A page of items ({@code /collections/{id}/items}). Features are not held: they are streamed from the store
 * while the response is written.
 */
public final class FeatureCollectionPage implements HtmlView {

    private final Layer layer;
    private final FeatureQuery query;
    private final long numberMatched;
    private final List<Link> links;
    private final FeatureStore store;

    FeatureCollectionPage(Layer layer, FeatureQuery query, long numberMatched, List<Link> links, FeatureStore store) {
        this.layer = layer;
        this.query = query;
        this.numberMatched = numberMatched;
        this.links = List.copyOf(links);
        this.store = store;
    }

    public Layer layer() {
        return layer;
    }

    public FeatureQuery query() {
        return query;
    }

    public long numberMatched() {
        return numberMatched;
    }

    public List<Link> links() {
        return links;
    }

    /** Streams the page's features; returns how many there were. */
    public int forEach(Consumer<Feature> sink) {
        return store.forEach(layer, query, query.properties() == null ? sink : f -> sink.accept(only(f)));
    }

    /** The feature with only the attributes asked for ({@code properties}), in the order asked. */
    private Feature only(Feature f) {
        Map<String, Object> kept = new LinkedHashMap<>();
        query.properties().forEach(name -> kept.put(name, f.properties().get(name)));
        return new Feature(f.id(), kept, f.geometry());
    }

    /** The page's features in memory (for HTML, where pages are small). */
    public List<Feature> features() {
        List<Feature> out = new ArrayList<>();
        forEach(out::add);
        return out;
    }

    @Override
    public String template() {
        return "items";
    }

    @Override
    public String pageTitle() {
        return layer.title();
    }
}

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
import java.util.function.LongFunction;

/**
 * A page of items ({@code /collections/{id}/items}). Features are not held: they are streamed from the store
 * while the response is written. {@code numberMatched} and the links (which need it for {@code next}) are asked
 * for after the features: when the page is not full, the number matched is the offset plus the features sent,
 * and no count query runs.
 */
public final class FeatureCollectionPage implements HtmlView {

    private final Layer layer;
    private final FeatureQuery query;
    private final FeatureStore store;
    private final LongFunction<List<Link>> links;
    private final String cacheKey;
    private int returned = -1;
    private Long numberMatched;

    /**
     * {@code links} makes the page's links from the number matched; {@code cacheKey}, when not null, the ETag its
     * GeoJSON is kept under ({@link ItemBodyCache}).
     */
    FeatureCollectionPage(
            Layer layer, FeatureQuery query, FeatureStore store, LongFunction<List<Link>> links, String cacheKey) {
        this.layer = layer;
        this.cacheKey = cacheKey;
        this.query = query;
        this.store = store;
        this.links = links;
    }

    public Layer layer() {
        return layer;
    }

    /** Whether the collection holds illustrative (generated) data: all of it, or some of its features now. */
    public boolean illustrative() {
        return store.anyIllustrative(layer);
    }

    /** The ETag its GeoJSON is kept under, or null. */
    public String cacheKey() {
        return cacheKey;
    }

    public FeatureQuery query() {
        return query;
    }

    /** Features matching the query: known from the page when it was streamed and not full, else counted. */
    public long numberMatched() {
        if (numberMatched == null) {
            boolean known = returned >= 0 && returned < query.limit() && (returned > 0 || query.offset() == 0);
            numberMatched = known ? (long) query.offset() + returned : store.count(layer, query);
        }
        return numberMatched;
    }

    public List<Link> links() {
        return List.copyOf(links.apply(numberMatched()));
    }

    /** Streams the page's features; returns how many there were. */
    public int forEach(Consumer<Feature> sink) {
        returned = store.forEach(layer, query, query.properties() == null ? sink : f -> sink.accept(only(f)));
        return returned;
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

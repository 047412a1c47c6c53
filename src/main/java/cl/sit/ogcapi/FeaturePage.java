package cl.sit.ogcapi;

import cl.sit.layer.Feature;
import cl.sit.layer.Layer;
import java.util.List;

/**
 * One feature with its links ({@code /collections/{id}/items/{featureId}}); {@code cacheKey}, when not null, the
 * ETag its GeoJSON is kept under ({@link ItemBodyCache}).
 */
public record FeaturePage(Layer layer, Feature feature, List<Link> links, String cacheKey) implements HtmlView {

    /** Whether the feature is illustrative (generated, not real): its layer's are all, or its own flag says so. */
    public boolean illustrative() {
        return layer.illustrative() || Boolean.TRUE.equals(feature.properties().get(Layer.ILLUSTRATIVE_COLUMN));
    }

    @Override
    public String template() {
        return "item";
    }

    @Override
    public String pageTitle() {
        return layer.title() + " " + feature.id();
    }
}

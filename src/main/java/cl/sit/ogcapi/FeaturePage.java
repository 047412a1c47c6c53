package cl.sit.ogcapi;

import cl.sit.layer.Feature;
import cl.sit.layer.Layer;
import java.util.List;

/** One feature with its links ({@code /collections/{id}/items/{featureId}}). */
public record FeaturePage(Layer layer, Feature feature, List<Link> links) implements HtmlView {

    @Override
    public String template() {
        return "item";
    }

    @Override
    public String pageTitle() {
        return layer.title() + " " + feature.id();
    }
}

package cl.sit.ogcapi;

import cl.sit.layer.Feature;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.system.ApiException;
import cl.sit.system.SitProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /collections/{collectionId}/items} and {@code /collections/{collectionId}/items/{featureId}}. */
@RestController
class ItemsController {

    private final LayerRegistry registry;
    private final FeatureStore store;
    private final ItemsQueryParser parser;

    ItemsController(LayerRegistry registry, FeatureStore store, SitProperties properties) {
        this.registry = registry;
        this.store = store;
        this.parser = new ItemsQueryParser(properties.ogcapi());
    }

    @GetMapping(value = "/collections/{collectionId}/items",
            produces = {MediaTypes.GEO_JSON_VALUE, MediaTypes.JSON, MediaTypes.HTML})
    FeatureCollectionPage items(@PathVariable String collectionId, HttpServletRequest request) {
        Layer layer = CollectionsController.layer(registry, collectionId);
        FeatureQuery query = parser.parse(layer, request.getParameterMap());
        long matched = store.count(layer, query);
        List<Link> links = new ArrayList<>(OgcLinks.selfAndAlternate(MediaTypes.GEO_JSON_VALUE, layer.title()));
        if ((long) query.offset() + query.limit() < matched) {
            links.add(new Link(OgcLinks.currentWith("offset", query.offset() + query.limit()).build().toUriString(),
                    "next", MediaTypes.GEO_JSON_VALUE, "Página siguiente"));
        }
        if (query.offset() > 0) {
            links.add(new Link(OgcLinks.currentWith("offset", Math.max(0, query.offset() - query.limit())).build()
                    .toUriString(), "prev", MediaTypes.GEO_JSON_VALUE, "Página anterior"));
        }
        links.add(new Link(OgcLinks.href("/collections/" + layer.id()), "collection", MediaTypes.JSON,
                layer.title()));
        return new FeatureCollectionPage(layer, query, matched, links, store);
    }

    @GetMapping(value = "/collections/{collectionId}/items/{featureId}",
            produces = {MediaTypes.GEO_JSON_VALUE, MediaTypes.JSON, MediaTypes.HTML})
    FeaturePage item(@PathVariable String collectionId, @PathVariable String featureId, HttpServletRequest request) {
        Layer layer = CollectionsController.layer(registry, collectionId);
        RequestParams.onlyFormat(request);
        Feature feature = store.findById(layer, featureId).orElseThrow(() -> ApiException.notFound(
                "FeatureNotFound", "No existe el elemento '" + featureId + "' en la colección " + layer.id()));
        List<Link> links = new ArrayList<>(OgcLinks.selfAndAlternate(MediaTypes.GEO_JSON_VALUE, layer.title()));
        links.add(new Link(OgcLinks.href("/collections/" + layer.id()), "collection", MediaTypes.JSON,
                layer.title()));
        return new FeaturePage(layer, feature, links);
    }
}

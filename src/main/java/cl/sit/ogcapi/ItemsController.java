package cl.sit.ogcapi;

import cl.sit.crs.ServedCrs;
import cl.sit.http.HttpCaching;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureQuery;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerHistory;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.LayerVisibility;
import cl.sit.layer.ListFeatureStore;
import cl.sit.system.ErrorCode;
import cl.sit.system.SitProperties;
import jakarta.servlet.http.HttpServletRequest;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /collections/{collectionId}/items} and {@code /collections/{collectionId}/items/{featureId}}. */
@RestController
class ItemsController {

    private final LayerRegistry registry;
    private final FeatureStore store;
    private final ItemsQueryParser parser;
    private final LayerVisibility visibility;
    private final LayerHistory history;
    private final HttpCaching caching;
    private final ItemBodyCache bodies;

    ItemsController(
            LayerRegistry registry,
            FeatureStore store,
            SitProperties properties,
            LayerVisibility visibility,
            LayerHistory history,
            HttpCaching caching,
            ItemBodyCache bodies) {
        this.bodies = bodies;
        this.registry = registry;
        this.store = store;
        this.parser = new ItemsQueryParser(properties.ogcapi());
        this.visibility = visibility;
        this.history = history;
        this.caching = caching;
    }

    @GetMapping(
            value = "/collections/{collectionId}/items",
            produces = {MediaTypes.GEO_JSON_VALUE, MediaTypes.JSON, MediaTypes.HTML})
    ResponseEntity<?> items(@PathVariable String collectionId, HttpServletRequest request) {
        Layer layer = registry.require(collectionId);
        Set<String> owners = visibility.visibleOwners(layer);
        FeatureQuery query = parser.parse(layer, request.getParameterMap()).ownedBy(owners);
        OffsetDateTime asOf = ItemsQueryParser.asOf(layer, request.getParameterMap());
        ServedCrs crs = CrsParameters.crs(request.getParameterMap());
        HttpCaching.Cached cached = caching.items(request, layer, owners);
        // A read-only layer's page is the same bytes until its generation changes (the national communes are the
        // map's largest download): kept by ETag, like single features.
        String cacheKey = layer.editable() ? null : cached.etag();
        byte[] kept = bodies.get(cacheKey);
        if (kept != null) {
            return kept(request, cached, kept, crs);
        }
        return withContentCrs(cached.answer(request, () -> page(layer, query, asOf, owners, crs, cacheKey)), crs);
    }

    private FeatureCollectionPage page(
            Layer layer, FeatureQuery query, OffsetDateTime asOf, Set<String> owners, ServedCrs crs, String cacheKey) {
        FeatureStore store = ReprojectedFeatures.of(
                asOf == null ? this.store : new ListFeatureStore(history.asOf(layer, asOf, owners)), crs);
        return new FeatureCollectionPage(layer, query, store, matched -> links(layer, query, matched), cacheKey);
    }

    private static List<Link> links(Layer layer, FeatureQuery query, long matched) {
        List<Link> links = new ArrayList<>(OgcLinks.selfAndAlternate(MediaTypes.GEO_JSON_VALUE, layer.title()));
        if ((long) query.offset() + query.limit() < matched) {
            links.add(new Link(
                    OgcLinks.currentWith("offset", query.offset() + query.limit())
                            .build()
                            .toUriString(),
                    "next",
                    MediaTypes.GEO_JSON_VALUE,
                    "Página siguiente"));
        }
        if (query.offset() > 0) {
            links.add(new Link(
                    OgcLinks.currentWith("offset", Math.max(0, query.offset() - query.limit()))
                            .build()
                            .toUriString(),
                    "prev",
                    MediaTypes.GEO_JSON_VALUE,
                    "Página anterior"));
        }
        links.add(new Link(OgcLinks.href("/collections/" + layer.id()), "collection", MediaTypes.JSON, layer.title()));
        return links;
    }

    @GetMapping(
            value = "/collections/{collectionId}/items/{featureId}",
            produces = {MediaTypes.GEO_JSON_VALUE, MediaTypes.JSON, MediaTypes.HTML})
    ResponseEntity<?> item(
            @PathVariable String collectionId, @PathVariable String featureId, HttpServletRequest request) {
        Layer layer = registry.require(collectionId);
        RequestParams.only(request, Set.of("f", CrsParameters.CRS));
        ServedCrs crs = CrsParameters.crs(request.getParameterMap());
        if (!layer.editable()) {
            HttpCaching.Cached cached = caching.item(request, layer, featureId);
            byte[] kept = bodies.get(cached.etag());
            if (kept != null) {
                return kept(request, cached, kept, crs);
            }
            return withContentCrs(
                    cached.answer(
                            request,
                            () -> page(
                                    layer,
                                    ReprojectedFeatures.feature(find(layer, featureId, null), crs),
                                    cached.etag())),
                    crs,
                    null);
        }
        Feature feature = find(layer, featureId, visibility.visibleOwners(layer));
        return withContentCrs(
                caching.editableItem(request, layer, feature.properties().get(Layer.VERSION_COLUMN))
                        .answer(request, () -> page(layer, ReprojectedFeatures.feature(feature, crs), null)),
                crs,
                null);
    }

    /**
     * A kept body ({@link ItemBodyCache}): its gzip bytes as they are to a client that accepts gzip (Tomcat leaves
     * a response that has a {@code Content-Encoding} alone), uncompressed to any other.
     */
    private static ResponseEntity<?> kept(
            HttpServletRequest request, HttpCaching.Cached cached, byte[] gzipped, ServedCrs crs) {
        boolean zipped = ItemBodyCache.acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        ResponseEntity<byte[]> answer = withContentCrs(
                cached.answer(request, () -> zipped ? gzipped : ItemBodyCache.gunzip(gzipped)),
                crs,
                MediaTypes.GEO_JSON);
        if (!zipped || answer.getBody() == null) {
            return answer;
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(answer.getHeaders());
        headers.set(HttpHeaders.CONTENT_ENCODING, "gzip");
        headers.add(HttpHeaders.VARY, "accept-encoding");
        return new ResponseEntity<>(answer.getBody(), headers, answer.getStatusCode());
    }

    /** Every items and item response says the CRS of its coordinates (OGC API Features Part 2). */
    private static <T> ResponseEntity<T> withContentCrs(ResponseEntity<T> response, ServedCrs crs) {
        return withContentCrs(response, crs, null);
    }

    /** As above, with a content type when the body is bytes already encoded. */
    private static <T> ResponseEntity<T> withContentCrs(
            ResponseEntity<T> response, ServedCrs crs, org.springframework.http.MediaType type) {
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(response.getHeaders());
        if (type != null && response.getBody() != null) {
            headers.setContentType(type);
        }
        headers.set(CrsParameters.CONTENT_CRS, CrsParameters.header(crs));
        return new ResponseEntity<>(response.getBody(), headers, response.getStatusCode());
    }

    private Feature find(Layer layer, String featureId, Set<String> owners) {
        return store.findById(layer, featureId)
                .filter(f -> owners == null
                        || owners.contains((String) f.properties().get(Layer.OWNER_COLUMN)))
                .orElseThrow(() -> ErrorCode.FEATURE_NOT_FOUND.exception(
                        "No existe el elemento '" + featureId + "' en la colección " + layer.id()));
    }

    private static FeaturePage page(Layer layer, Feature feature, String cacheKey) {
        List<Link> links = new ArrayList<>(OgcLinks.selfAndAlternate(MediaTypes.GEO_JSON_VALUE, layer.title()));
        links.add(new Link(OgcLinks.href("/collections/" + layer.id()), "collection", MediaTypes.JSON, layer.title()));
        return new FeaturePage(layer, feature, links, cacheKey);
    }
}

package cl.sit.ogcapi;

import cl.sit.crs.ServedCrs;
import cl.sit.http.HttpCaching;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.LayerVisibility;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code /collections} and {@code /collections/{collectionId}}. */
@RestController
class CollectionsController {

    private final LayerRegistry registry;
    private final FeatureStore store;
    private final HttpCaching caching;
    private final LayerVisibility visibility;

    CollectionsController(LayerRegistry registry, FeatureStore store, HttpCaching caching, LayerVisibility visibility) {
        this.registry = registry;
        this.store = store;
        this.caching = caching;
        this.visibility = visibility;
    }

    @GetMapping(
            value = "/collections",
            produces = {MediaTypes.JSON, MediaTypes.HTML})
    ResponseEntity<CollectionList> collections(HttpServletRequest request) {
        RequestParams.onlyFormat(request);
        List<Layer> layers = registry.all();
        Map<String, Set<String>> owners = new HashMap<>();
        layers.stream().filter(Layer::editable).forEach(l -> owners.put(l.id(), visibility.visibleOwners(l)));
        return caching.collections(request, layers, owners)
                .answer(
                        request,
                        () -> new CollectionList(
                                OgcLinks.selfAndAlternate(MediaTypes.JSON, "Colecciones"),
                                ServedCrs.uris(),
                                layers.stream()
                                        .map(l -> describe(l, owners.get(l.id())))
                                        .toList()));
    }

    @GetMapping(
            value = "/collections/{collectionId}",
            produces = {MediaTypes.JSON, MediaTypes.HTML})
    ResponseEntity<CollectionInfo> collection(@PathVariable String collectionId, HttpServletRequest request) {
        RequestParams.onlyFormat(request);
        Layer layer = registry.require(collectionId);
        Set<String> owners = visibility.visibleOwners(layer);
        return caching.collection(request, layer, owners).answer(request, () -> describe(layer, owners));
    }

    @GetMapping(value = "/collections/{collectionId}/schema.xsd", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> schema(@PathVariable String collectionId, HttpServletRequest request) {
        RequestParams.onlyFormat(request);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_XML)
                .body(GmlApplicationSchema.of(registry.require(collectionId)));
    }

    /** The collection as a reader who may see the features of {@code owners} (null: all) sees it. */
    private CollectionInfo describe(Layer layer, Set<String> owners) {
        String self = "/collections/" + layer.id();
        List<Link> links = new ArrayList<>(List.of(
                new Link(OgcLinks.href(self), "self", MediaTypes.JSON, layer.title()),
                new Link(OgcLinks.href(self + "?f=html"), "alternate", MediaTypes.HTML, layer.title() + " (HTML)"),
                new Link(
                        OgcLinks.href(self + "/items"),
                        "items",
                        MediaTypes.GEO_JSON_VALUE,
                        layer.title() + " (GeoJSON)"),
                new Link(OgcLinks.href(self + "/items?f=html"), "items", MediaTypes.HTML, layer.title() + " (HTML)"),
                new Link(
                        OgcLinks.href(self + "/queryables"),
                        QueryablesController.REL,
                        QueryablesController.SCHEMA_JSON,
                        "Propiedades para filtrar (CQL2)"),
                new Link(
                        OgcLinks.href(self + "/schema.xsd"),
                        "describedBy",
                        MediaType.APPLICATION_XML_VALUE,
                        "Esquema GML de los atributos (tipos)"),
                new Link(
                        OgcLinks.href(self + "/export?formato=geojson"),
                        "enclosure",
                        MediaTypes.GEO_JSON_VALUE,
                        "Descargar la capa completa (GeoJSON)")));
        if (!layer.geometryType().equals("None")) {
            links.add(new Link(
                    OgcLinks.href(self + "/export?formato=shapefile"),
                    "enclosure",
                    "application/zip",
                    "Descargar la capa completa (Shapefile comprimido, WGS84)"));
            links.add(new Link(
                    OgcLinks.href("/tiles/" + layer.id() + ".json"),
                    "tiles",
                    MediaTypes.JSON,
                    "Teselas vectoriales (TileJSON 3.0.0; /tiles/" + layer.id() + "/{z}/{x}/{y}.mvt)"));
        }
        CollectionInfo.Extent extent = store.extent(layer, owners)
                .map(e -> new CollectionInfo.Extent(new CollectionInfo.Spatial(
                        List.<double[]>of(new double[] {e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY()}),
                        CollectionInfo.CRS84)))
                .orElse(null);
        List<CollectionInfo.Attribute> attributes = layer.attributes().stream()
                .map(a -> new CollectionInfo.Attribute(a.name(), a.type().jsonName(), a.title()))
                .toList();
        return new CollectionInfo(
                layer.id(),
                layer.title(),
                layer.description(),
                links,
                extent,
                "feature",
                ServedCrs.uris(),
                CollectionInfo.CRS84,
                layer.geometryType(),
                store.anyIllustrative(layer),
                layer.source(),
                layer.defaultVisible(),
                layer.style(),
                attributes);
    }
}

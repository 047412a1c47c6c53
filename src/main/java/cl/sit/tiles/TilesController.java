package cl.sit.tiles;

import cl.sit.http.HttpCaching;
import cl.sit.layer.FeatureStore;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerGenerations.Generation;
import cl.sit.layer.LayerRegistry;
import cl.sit.layer.LayerVisibility;
import cl.sit.system.ErrorCode;
import cl.sit.system.QueryParameters;
import cl.sit.system.RenamedParameters.Accepts;
import cl.sit.system.RenamedParameters.Group;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * {@code /tiles/{collectionId}/{z}/{x}/{y}.mvt} and {@code /tiles/{collectionId}.json} (TileJSON 3.0.0). The tile
 * coordinates are checked before anything reaches the database; a tile with no feature is a 204 with no body (MapLibre
 * and OpenLayers draw nothing for it), so empty areas cost one index probe and no encoding. Tiles and TileJSON carry
 * strong ETags from the layer's data generation ({@link HttpCaching}): a map revisiting an area revalidates each tile
 * with one primary-key lookup and gets a 304, and an edit changes the ETags of its layer. Rendered tiles are kept in
 * memory under that generation ({@link TileCache}): a tile asked for again costs the same lookup and no rendering.
 * Query parameters filter the features and ask for a map's compact tile ({@link TileOptions}); they are part of the
 * ETag and of the cache key. With the cache off, a tile asked for without {@code If-None-Match} reads its generation
 * with its features (one round trip on PostGIS).
 */
@RestController
class TilesController {

    static final String MVT = "application/vnd.mapbox-vector-tile";

    private final LayerRegistry registry;
    private final TileStore tiles;
    private final FeatureStore features;
    private final LayerVisibility visibility;
    private final HttpCaching caching;
    private final LayerGenerations generations;
    private final TileCache cache;

    TilesController(
            LayerRegistry registry,
            TileStore tiles,
            FeatureStore features,
            LayerVisibility visibility,
            HttpCaching caching,
            LayerGenerations generations,
            TileCache cache) {
        this.caching = caching;
        this.generations = generations;
        this.cache = cache;
        this.registry = registry;
        this.tiles = tiles;
        this.features = features;
        this.visibility = visibility;
    }

    @Accepts({Group.YEARS, Group.TILES})
    @GetMapping("/tiles/{collectionId}/{z}/{x}/{y}.mvt")
    ResponseEntity<byte[]> tile(
            @PathVariable String collectionId,
            @PathVariable String z,
            @PathVariable String x,
            @PathVariable String y,
            HttpServletRequest request) {
        Layer layer = layerWithGeometry(collectionId);
        TileOptions options = TileOptions.parse(layer, request.getParameterMap(), Set.of());
        TileCoordinates tile = TileCoordinates.parse(z, x, y);
        Set<String> owners = visibility.visibleOwners(layer);
        String key = z + "/" + x + "/" + y;
        byte[] mvt = null;
        HttpCaching.Cached cached = null;
        if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null || cache.enabled()) {
            Generation current = generations.of(layer.id());
            cached = caching.tile(request, layer, key, owners, current);
            if (cached.notModified(request)) {
                return cached.headers(ResponseEntity.status(HttpStatus.NOT_MODIFIED))
                        .build();
            }
            mvt = cache.get(layer, current, tile, owners, options);
        }
        if (mvt == null) {
            TileStore.Rendered rendered = tiles.tile(layer, tile, owners, options);
            cache.put(layer, rendered.generation(), tile, owners, options, rendered.mvt());
            cached = caching.tile(request, layer, key, owners, rendered.generation());
            mvt = rendered.mvt();
        }
        if (mvt.length == 0) {
            return cached.headers(ResponseEntity.status(HttpStatus.NO_CONTENT)).build();
        }
        return cached.headers(ResponseEntity.ok())
                .contentType(MediaType.parseMediaType(MVT))
                .body(mvt);
    }

    @GetMapping(value = "/tiles/{collectionId}.json", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<TileJson> tileJson(@PathVariable String collectionId, HttpServletRequest request) {
        QueryParameters.of(request.getParameterMap(), Set.of());
        Layer layer = layerWithGeometry(collectionId);
        String base =
                ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        Set<String> owners = visibility.visibleOwners(layer);
        return caching.tileJson(request, layer, owners)
                .answer(
                        request,
                        () -> TileJson.of(
                                layer, base, features.extent(layer, owners).orElse(null)));
    }

    private Layer layerWithGeometry(String collectionId) {
        Layer layer = registry.require(collectionId);
        if (layer.geometryType().equals("None")) {
            throw ErrorCode.NO_TILES.exception(
                    "La colección '" + collectionId + "' no tiene geometría, así que no tiene teselas vectoriales");
        }
        return layer;
    }
}

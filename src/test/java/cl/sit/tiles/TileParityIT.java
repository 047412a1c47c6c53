package cl.sit.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.BothStores;
import cl.sit.support.RequiresPostgis;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.locationtech.jts.geom.Geometry;

/**
 * The Java encoder (H2GIS) and {@code ST_AsMVT} (PostGIS) put the same features in the same tile, with the same
 * geometry types and properties. Starts SIT on each store.
 */
@RequiresPostgis
class TileParityIT {

    private static BothStores stores;

    @BeforeAll
    static void start() throws Exception {
        stores = BothStores.start();
    }

    @AfterAll
    static void stop() {
        if (stores != null) {
            stores.close();
        }
    }

    /**
     * Every tile over Los Ríos from zoom 3 to 8, where features shrink to a few grid units and the two encoders
     * used to disagree about which of them survive snapping (areas-protegidas 7/37/79 feature 63, among others).
     */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "areas-protegidas",
                "limites-urbanos",
                "zonas-censales",
                "proyectos-inversion",
                "comunas",
                "sitios-prioritarios"
            })
    void sameFeaturesOnEveryTileAtLowZooms(String collection) throws Exception {
        int compared = 0;
        for (int z = 3; z <= 8; z++) {
            TileCoordinates northWest = AbstractTilesIT.tileAt(z, -74.0, -39.2);
            TileCoordinates southEast = AbstractTilesIT.tileAt(z, -71.5, -40.8);
            for (int x = northWest.x(); x <= southEast.x(); x++) {
                for (int y = northWest.y(); y <= southEast.y(); y++) {
                    TileCoordinates tile = new TileCoordinates(z, x, y);
                    Map<String, Geometry> a = AbstractTilesIT.decoded(stores.h2gis(), collection, tile);
                    Map<String, Geometry> b = AbstractTilesIT.decoded(stores.postgis(), collection, tile);
                    assertThat(b.keySet()).as(collection + " " + tile).isEqualTo(a.keySet());
                    compared += a.size();
                }
            }
        }
        assertThat(compared).as("features compared").isPositive();
    }

    @ParameterizedTest
    @CsvSource({
        "comunas, 8, -73.2458, -39.8142",
        "comunas, 6, -73.0, -40.0",
        "comunas, 12, -73.2458, -39.8142",
        "proyectos-inversion, 8, -73.2458, -39.8142",
        "proyectos-inversion, 7, -72.5, -40.2",
        "proyectos-inversion, 11, -73.2458, -39.8142",
        "proyectos-inversion, 6, -73.0, -40.0",
        "zonas-censales, 12, -73.2458, -39.8142",
        "areas-protegidas, 7, -72.5, -40.2"
    })
    void sameFeaturesOnBothStores(String collection, int z, double lon, double lat) throws Exception {
        TileCoordinates tile = AbstractTilesIT.tileAt(z, lon, lat);
        Map<String, Geometry> a = AbstractTilesIT.decoded(stores.h2gis(), collection, tile);
        Map<String, Geometry> b = AbstractTilesIT.decoded(stores.postgis(), collection, tile);
        assertThat(a).as(collection + " " + tile).isNotEmpty();
        assertThat(b.keySet()).as(collection + " " + tile).isEqualTo(a.keySet());
        for (String id : a.keySet()) {
            assertThat(b.get(id).getDimension()).as(id).isEqualTo(a.get(id).getDimension());
            assertThat(AbstractTilesIT.tags(b.get(id)).keySet())
                    .as(id)
                    .isEqualTo(AbstractTilesIT.tags(a.get(id)).keySet());
        }
    }
}

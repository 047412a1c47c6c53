package cl.sit.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.layer.AttributeType;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.layer.LayerGenerations.Generation;
import cl.sit.system.SitProperties;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TileCacheTest {

    private static final TileOptions NONE = TileOptions.NONE;

    private static final Layer LAYER = new Layer(
            "comunas",
            "Comunas",
            "",
            "commune_layer",
            "cut",
            "MultiPolygon",
            List.of(new LayerAttribute("cut", AttributeType.STRING, "CUT")),
            null,
            false,
            "",
            true);
    private static final TileCoordinates TILE = new TileCoordinates(10, 311, 613);
    private static final Generation G1 = new Generation(1, OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC));
    private static final Generation G2 = new Generation(2, G1.changedAt().plusSeconds(1));

    private static TileCache cache(int megabytes) {
        return new TileCache(new SitProperties(null, null, null, null, null, new SitProperties.Tiles(megabytes, 0)));
    }

    @Test
    void aTileIsKeptUnderItsGenerationAndItsReaders() {
        TileCache cache = cache(1);
        byte[] mvt = {1, 2, 3};
        cache.put(LAYER, G1, TILE, Set.of("14101", "14102"), NONE, mvt);
        assertThat(cache.get(LAYER, G1, TILE, Set.of("14102", "14101"), NONE))
                .as("owners in any order")
                .isSameAs(mvt);
        assertThat(cache.get(LAYER, G2, TILE, Set.of("14101", "14102"), NONE))
                .as("an edit moved the generation")
                .isNull();
        assertThat(cache.get(LAYER, G1, TILE, Set.of("14101"), NONE))
                .as("another reader")
                .isNull();
        assertThat(cache.get(LAYER, G1, TILE, null, NONE)).as("no restriction").isNull();
        assertThat(cache.get(LAYER, G1, new TileCoordinates(10, 311, 614), Set.of("14101", "14102"), NONE))
                .isNull();
    }

    @Test
    void zeroMegabytesTurnsItOff() {
        TileCache off = cache(0);
        assertThat(off.enabled()).isFalse();
        off.put(LAYER, G1, TILE, null, NONE, new byte[] {1});
        assertThat(off.get(LAYER, G1, TILE, null, NONE)).isNull();
    }

    @Test
    void aFilteredOrCompactTileIsKeptApartFromThePlainOne() {
        TileCache cache = cache(1);
        byte[] mvt = {1, 2, 3};
        cache.put(LAYER, G1, TILE, null, new TileOptions(Map.of("programa", "FNDR"), 2020, null, true), mvt);
        assertThat(cache.get(LAYER, G1, TILE, null, new TileOptions(Map.of("programa", "FNDR"), 2020, null, true)))
                .isSameAs(mvt);
        assertThat(cache.get(LAYER, G1, TILE, null, NONE)).isNull();
        assertThat(cache.get(LAYER, G1, TILE, null, new TileOptions(Map.of("programa", "FNDR"), 2020, null, false)))
                .isNull();
        assertThat(cache.get(LAYER, G1, TILE, null, new TileOptions(Map.of("programa", "FRIL"), 2020, null, true)))
                .isNull();
    }
}

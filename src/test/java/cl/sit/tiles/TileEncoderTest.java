package cl.sit.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.sit.system.ApiException;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtReader;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.TagKeyValueMapConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

/** The Java MVT encoder (H2GIS path) and tile coordinates, checked by decoding what it writes. */
class TileEncoderTest {

    /** The zoom-8 tile that holds Valdivia (-73.2458, -39.8142). */
    private static final TileCoordinates VALDIVIA = new TileCoordinates(8, 75, 158);

    @Test
    void valdiviaLiesInItsTile() {
        Envelope box = VALDIVIA.bufferedLonLat();
        assertThat(box.contains(-73.2458, -39.8142)).isTrue();
        assertThat(VALDIVIA.gridX(-73.2458)).isBetween(0.0, 4096.0);
        assertThat(VALDIVIA.gridY(-39.8142)).isBetween(0.0, 4096.0);
        // Grid y grows southwards.
        assertThat(VALDIVIA.gridY(-40.0)).isGreaterThan(VALDIVIA.gridY(-39.8));
    }

    @Test
    void coordinatesOutsideTheSchemeAreA400() {
        checkInvalid("23", "0", "0");
        checkInvalid("8", "256", "0");
        checkInvalid("8", "0", "-1");
        checkInvalid("a", "0", "0");
        checkInvalid("0", "0", "1");
        assertThat(TileCoordinates.parse("0", "0", "0")).isEqualTo(new TileCoordinates(0, 0, 0));
        assertThat(TileCoordinates.parse("22", "4194303", "4194303").x()).isEqualTo(4194303);
    }

    @Test
    void pointKeepsItsPropertiesAndId() throws Exception {
        TileEncoder encoder = new TileEncoder(VALDIVIA);
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("nombre", "Valdivia");
        properties.put("desde", LocalDate.of(2007, 10, 2));
        properties.put("vacio", null);
        encoder.add(7L, properties, geometry("POINT (-73.2458 -39.8142)"));
        Geometry decoded = single(encoder.encode("capa"), "capa");
        assertThat(decoded.getGeometryType()).isEqualTo("Point");
        @SuppressWarnings("unchecked")
        Map<String, Object> tags = (Map<String, Object>) decoded.getUserData();
        assertThat(tags)
                .containsEntry("nombre", "Valdivia")
                .containsEntry("desde", "2007-10-02")
                .containsEntry("id", 7L)
                .doesNotContainKey("vacio");
    }

    @Test
    void polygonIsClippedToTheBufferedTile() throws Exception {
        TileEncoder encoder = new TileEncoder(VALDIVIA);
        encoder.add(null, Map.of(), geometry("POLYGON ((-80 -45, -60 -45, -60 -35, -80 -35, -80 -45))"));
        Geometry decoded = single(encoder.encode("capa"), "capa");
        assertThat(decoded.getGeometryType()).isEqualTo("Polygon");
        Envelope e = decoded.getEnvelopeInternal();
        assertThat(e).isEqualTo(new Envelope(-64, 4160, -64, 4160));
    }

    @Test
    void finePolygonIsSimplifiedToTheGrid() throws Exception {
        // A circle of 2,000 vertices and about 1 km radius is a few grid units wide at zoom 8.
        Geometry circle = geometry("POINT (-73.2458 -39.8142)").buffer(0.01, 500);
        TileEncoder encoder = new TileEncoder(VALDIVIA);
        encoder.add(null, Map.of(), circle);
        Geometry decoded = single(encoder.encode("capa"), "capa");
        assertThat(circle.getNumPoints()).isGreaterThan(1000);
        assertThat(decoded.getNumPoints()).isLessThan(60);
    }

    @Test
    void featureOutsideTheTileIsLeftOut() throws Exception {
        TileEncoder encoder = new TileEncoder(VALDIVIA);
        encoder.add(null, Map.of(), geometry("LINESTRING (-30 -30, -29 -29)"));
        assertThat(encoder.isEmpty()).isTrue();
    }

    private static void checkInvalid(String z, String x, String y) {
        assertThatThrownBy(() -> TileCoordinates.parse(z, x, y))
                .isInstanceOf(ApiException.class)
                .satisfies(e -> assertThat(((ApiException) e).code()).isEqualTo("InvalidTile"));
    }

    private static Geometry geometry(String wkt) throws ParseException {
        return new WKTReader().read(wkt);
    }

    private static Geometry single(byte[] mvt, String layer) throws IOException {
        List<Geometry> all = new ArrayList<>(decode(mvt).get(layer).getGeometries());
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    static Map<String, JtsLayer> decode(byte[] mvt) throws IOException {
        return MvtReader.loadMvt(
                        new ByteArrayInputStream(mvt), new GeometryFactory(), new TagKeyValueMapConverter(false, "id"))
                .getLayersByName();
    }
}

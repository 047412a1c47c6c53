package cl.sit.basemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BasemapsTest {

    private static String one(String fields) {
        return "[{\"id\": \"b\", \"name\": \"Fondo\", \"type\": \"xyz\", \"url\": \"https://t.example.cl/{z}/{x}/{y}.png\", "
                + "\"attribution\": \"Alguien\", \"maxZoom\": 18" + fields + "}]";
    }

    @Test
    void theDefaultsAreOpenStreetMapThenImageryAndTheirOriginsGoToTheCsp() {
        Basemaps basemaps = new Basemaps("");
        assertThat(basemaps.all()).extracting(Basemap::id).containsExactly("osm", "esri-imagenes");
        assertThat(basemaps.origins())
                .containsExactly("https://tile.openstreetmap.org", "https://server.arcgisonline.com");
    }

    @Test
    void anEmptyListMeansOnlyTheOfflineBackground() {
        assertThat(new Basemaps("[]").all()).isEmpty();
        assertThat(new Basemaps("[]").origins()).isEmpty();
    }

    @Test
    void aWmsNeedsItsLayersAndAPathOfSitNeedsNoOrigin() {
        String wms =
                "[{\"id\": \"ide\", \"name\": \"IDE\", \"type\": \"wms\", \"url\": \"https://wms.example.cl:8443/wms\","
                        + " \"layers\": \"base\", \"attribution\": \"IDE\", \"maxZoom\": 20},"
                        + " {\"id\": \"local\", \"name\": \"Local\", \"type\": \"xyz\", \"url\": \"/fondos/{z}/{x}/{y}.png\","
                        + " \"attribution\": \"SIT\", \"maxZoom\": 16}]";
        assertThat(new Basemaps(wms).origins()).containsExactly("https://wms.example.cl:8443");
        assertThatThrownBy(() -> Basemaps.parse(wms.replace("\"layers\": \"base\", ", "")))
                .hasMessageContaining("layers");
    }

    @Test
    void aWrongListSaysWhichRuleItBreaks() {
        assertThatThrownBy(() -> Basemaps.parse("{no es json")).hasMessageContaining("SIT_BASEMAPS");
        assertThatThrownBy(() -> Basemaps.parse(one("").replace("xyz", "wmts"))).hasMessageContaining("type");
        assertThatThrownBy(() -> Basemaps.parse(one("").replace("https://t.example.cl", "javascript:alert(1)//")))
                .hasMessageContaining("url");
        assertThatThrownBy(() -> Basemaps.parse(one("").replace("https://t.example.cl", "//t.example.cl")))
                .hasMessageContaining("url");
        assertThatThrownBy(() -> Basemaps.parse(one(", \"attributionUrl\": \"javascript:x\"")))
                .hasMessageContaining("attributionUrl");
        assertThatThrownBy(() -> Basemaps.parse(one("").replace("18", "40"))).hasMessageContaining("maxZoom");
        String twice = one("").replace("}]", "}, ") + one("").substring(1);
        assertThatThrownBy(() -> Basemaps.parse(twice)).hasMessageContaining("id distinto");
    }
}

package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.BothStores;
import cl.sit.support.Http;
import cl.sit.support.RequiresPostgis;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * H2GIS and PostGIS must give byte-identical responses for the same data (DESIGN: one encoder, WKB across
 * JDBC). Starts SIT twice, once on each store, and compares every collection and every feature.
 */
@RequiresPostgis
class StoreParityIT {

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

    @Test
    void everyCollectionAndFeatureIsIdenticalOnBothStores() {
        Http a = stores.h2gis();
        Http b = stores.postgis();
        assertThat(normalised(b, "/collections")).isEqualTo(normalised(a, "/collections"));
        for (String id : AbstractOgcApiContractIT.COLLECTIONS) {
            String items = "/collections/" + id + "/items?limit=10000";
            String expected = normalised(a, items);
            assertThat(expected).contains("\"numberMatched\"");
            assertThat(normalised(b, items)).as(id).isEqualTo(expected);
        }
        assertThat(normalised(b, "/collections/comunas/items/14101"))
                .isEqualTo(normalised(a, "/collections/comunas/items/14101"));
    }

    /** Part 2: coordinates are transformed in Java from the same WKB, so other CRSs are byte-identical too. */
    @Test
    void crsAndBboxCrsAnswersAreIdenticalOnBothStores() {
        Http a = stores.h2gis();
        Http b = stores.postgis();
        String epsg = "http://www.opengis.net/def/crs/EPSG/0/";
        for (String query : java.util.List.of(
                "crs=" + epsg + "32719",
                "crs=" + epsg + "4326",
                "crs=" + epsg + "3857",
                "crs=" + epsg + "20048",
                "bbox-crs=" + epsg + "32718&bbox=640000,5560000,700000,5600000&crs=" + epsg + "32718")) {
            for (String id : java.util.List.of("comunas", "limites-urbanos", "proyectos-inversion")) {
                String items = "/collections/" + id + "/items?limit=10000&" + query;
                String expected = normalised(a, items);
                assertThat(expected).contains("\"numberMatched\"");
                assertThat(normalised(b, items)).as(items).isEqualTo(expected);
            }
        }
        String item = "/collections/comunas/items/14101?crs=" + epsg + "20049";
        assertThat(normalised(b, item)).isEqualTo(normalised(a, item));
    }

    /** The body with the server's own address and the response time stamp taken out. */
    private static String normalised(Http http, String path) {
        var r = http.get(path, "application/json");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body().replace(http.base(), "{base}").replaceAll("\"timeStamp\":\"[^\"]*\"", "\"timeStamp\":\"\"");
    }
}

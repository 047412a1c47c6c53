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

    /** The body with the server's own address and the response time stamp taken out. */
    private static String normalised(Http http, String path) {
        var r = http.get(path, "application/json");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body().replace(http.base(), "{base}").replaceAll("\"timeStamp\":\"[^\"]*\"", "\"timeStamp\":\"\"");
    }
}

package cl.sit.tiles;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The vector tile contract on PostGIS, {@code ST_AsMVT} ({@code SIT_TEST_POSTGIS_URL}; required in CI). */
@RequiresPostgis
class PostgisTilesIT extends AbstractTilesIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}

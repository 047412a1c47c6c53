package cl.sit.tiles;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The map's compact investment tiles on PostGIS: {@code tile-compact.postgresql.sql} ({@code SIT_TEST_POSTGIS_URL}).
 */
@RequiresPostgis
class PostgisCompactTilesIT extends AbstractCompactTilesIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}

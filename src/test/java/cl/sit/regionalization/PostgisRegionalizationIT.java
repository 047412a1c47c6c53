package cl.sit.regionalization;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Homogeneous territories on PostGIS (the test cleans up the territories it saves). */
@RequiresPostgis
class PostgisRegionalizationIT extends AbstractRegionalizationIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}

package cl.sit.indicators;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Indicators of the unit set of a day on PostGIS. */
@RequiresPostgis
class PostgisIndicatorsAsOfIT extends AbstractIndicatorsAsOfIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}

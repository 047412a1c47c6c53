package cl.sit.profile;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Investment kept per unit on PostGIS. */
@RequiresPostgis
class PostgisUnitInvestmentIT extends AbstractUnitInvestmentIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}

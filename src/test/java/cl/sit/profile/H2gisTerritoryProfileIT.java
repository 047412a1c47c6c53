package cl.sit.profile;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Territory profiles on H2GIS. */
class H2gisTerritoryProfileIT extends AbstractTerritoryProfileIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

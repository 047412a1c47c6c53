package cl.sit.investment;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Stored screening and overlap pages at 20,000 projects on H2GIS. */
class H2gisStoredAlertsScaleIT extends AbstractStoredAlertsScaleIT {

    @Override
    boolean shared() {
        return false;
    }

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

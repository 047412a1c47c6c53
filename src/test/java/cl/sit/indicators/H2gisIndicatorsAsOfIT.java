package cl.sit.indicators;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Indicators of the unit set of a day on H2GIS. */
class H2gisIndicatorsAsOfIT extends AbstractIndicatorsAsOfIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

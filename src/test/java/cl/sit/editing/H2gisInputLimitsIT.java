package cl.sit.editing;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Bounded writes on H2GIS. */
class H2gisInputLimitsIT extends AbstractInputLimitsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

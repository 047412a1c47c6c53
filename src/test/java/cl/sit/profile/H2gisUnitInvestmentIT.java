package cl.sit.profile;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Investment kept per unit on H2GIS. */
class H2gisUnitInvestmentIT extends AbstractUnitInvestmentIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

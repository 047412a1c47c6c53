package cl.sit.indicators;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Investment ↔ territory on the embedded H2GIS store. */
class H2gisInvestmentIT extends AbstractInvestmentContractIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

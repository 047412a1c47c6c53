package cl.sit.tiles;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The map's compact investment tiles on H2GIS: the Java encoder (always runs). */
class H2gisCompactTilesIT extends AbstractCompactTilesIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

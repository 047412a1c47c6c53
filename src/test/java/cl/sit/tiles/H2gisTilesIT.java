package cl.sit.tiles;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The vector tile contract on the embedded H2GIS store: the Java encoder (always runs). */
class H2gisTilesIT extends AbstractTilesIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

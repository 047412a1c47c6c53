package cl.sit.ogcapi;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** OGC API Features Part 2 (CRS) on the embedded H2GIS store. */
class H2gisCrsIT extends AbstractCrsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

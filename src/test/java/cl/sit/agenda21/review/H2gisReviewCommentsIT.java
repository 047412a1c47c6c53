package cl.sit.agenda21.review;

import cl.sit.support.H2gisTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Review comments on H2GIS. */
class H2gisReviewCommentsIT extends AbstractReviewCommentsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        H2gisTestDatabase.register(registry);
    }
}

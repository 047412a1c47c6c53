package cl.sit.agenda21.review;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Review comments on PostGIS. */
@RequiresPostgis
class PostgisReviewCommentsIT extends AbstractReviewCommentsIT {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }
}

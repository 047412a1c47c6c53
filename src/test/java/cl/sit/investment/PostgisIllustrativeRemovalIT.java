package cl.sit.investment;

import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import java.util.List;

/** Removing the illustrative projects on PostGIS (the shared test database; the seed is put back afterwards). */
@RequiresPostgis
class PostgisIllustrativeRemovalIT extends AbstractIllustrativeRemovalIT {

    @Override
    boolean shared() {
        return true;
    }

    @Override
    List<String> database() {
        String url = PostgisTestDatabase.url();
        return List.of("--spring.datasource.url=" + url,
                "--spring.datasource.username=" + PostgisTestDatabase.parameter(url, "user"),
                "--spring.datasource.password=" + PostgisTestDatabase.parameter(url, "password"));
    }
}

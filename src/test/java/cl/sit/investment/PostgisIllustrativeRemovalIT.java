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
        return PostgisTestDatabase.arguments();
    }
}

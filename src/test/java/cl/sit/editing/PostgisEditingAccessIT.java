package cl.sit.editing;

import cl.sit.support.RequiresPostgis;
import cl.sit.support.SharedStore;
import org.springframework.test.context.ContextConfiguration;

/** Who may edit what, on PostGIS ({@code SIT_TEST_POSTGIS_URL}; required in CI). */
@RequiresPostgis
@ContextConfiguration(initializers = SharedStore.Postgis.class)
class PostgisEditingAccessIT extends AbstractEditingAccessIT {}

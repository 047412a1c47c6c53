package cl.sit.ogcapi;

import cl.sit.support.RequiresPostgis;
import cl.sit.support.SharedStore;
import org.springframework.test.context.ContextConfiguration;

/** Label points on PostGIS ({@code SIT_TEST_POSTGIS_URL}; required in CI). */
@RequiresPostgis
@ContextConfiguration(initializers = SharedStore.Postgis.class)
class PostgisLabelPointsIT extends AbstractLabelPointsIT {}

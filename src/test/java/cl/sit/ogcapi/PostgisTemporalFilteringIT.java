package cl.sit.ogcapi;

import cl.sit.support.RequiresPostgis;
import cl.sit.support.SharedStore;
import org.springframework.test.context.ContextConfiguration;

/** CQL2 temporal filters (Part 3) on PostGIS ({@code SIT_TEST_POSTGIS_URL}; required in CI). */
@RequiresPostgis
@ContextConfiguration(initializers = SharedStore.Postgis.class)
class PostgisTemporalFilteringIT extends AbstractTemporalFilteringIT {}

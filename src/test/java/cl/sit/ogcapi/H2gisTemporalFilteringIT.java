package cl.sit.ogcapi;

import cl.sit.support.SharedStore;
import org.springframework.test.context.ContextConfiguration;

/** CQL2 temporal filters (Part 3) on the embedded H2GIS store; one database for the Part 3 classes. */
@ContextConfiguration(initializers = SharedStore.H2gis.class)
class H2gisTemporalFilteringIT extends AbstractTemporalFilteringIT {}

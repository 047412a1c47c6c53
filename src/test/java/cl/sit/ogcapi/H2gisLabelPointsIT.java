package cl.sit.ogcapi;

import cl.sit.support.SharedStore;
import org.springframework.test.context.ContextConfiguration;

/** Label points on the embedded H2GIS store (always runs). */
@ContextConfiguration(initializers = SharedStore.H2gis.class)
class H2gisLabelPointsIT extends AbstractLabelPointsIT {}

package cl.sit.editing;

import cl.sit.support.SharedStore;
import org.springframework.test.context.ContextConfiguration;

/** Layers and their Shapefiles, on H2GIS; one database for the editing classes. */
@ContextConfiguration(initializers = SharedStore.H2gis.class)
class H2gisLayerFilesIT extends AbstractLayerFilesIT {}

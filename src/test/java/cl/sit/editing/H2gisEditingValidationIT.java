package cl.sit.editing;

import cl.sit.support.SharedStore;
import org.springframework.test.context.ContextConfiguration;

/** Validation of edited features, on H2GIS; one database for the editing classes. */
@ContextConfiguration(initializers = SharedStore.H2gis.class)
class H2gisEditingValidationIT extends AbstractEditingValidationIT {}

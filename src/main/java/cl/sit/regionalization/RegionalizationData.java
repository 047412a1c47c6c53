package cl.sit.regionalization;

import cl.sit.territory.CustomTerritory;
import java.util.List;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import tools.jackson.databind.JsonNode;

/**
 * What {@link RegionalizationController} asks of the regionalization stores, one small interface per store (each
 * implemented by the class named in its comment).
 */
final class RegionalizationData {

    private RegionalizationData() {}

    /** Running a regionalization ({@link Regionalizations}). */
    interface Runs {
        RegionalizationDocument run(RegionalizationRequest q, String body, String user);
    }

    /** The stored results ({@link RegionalizationStore}). */
    interface Stored {
        Optional<RegionalizationDocument> find(String id);
    }

    /** Saving a result's regions as custom territories ({@link RegionSaver}). */
    interface Territories {
        List<CustomTerritory> save(String id, JsonNode body, String user);
    }

    /** What can be asked for ({@link VariableCatalog}). */
    interface Variables {
        VariableCatalog.Catalog catalog();
    }

    /** The shapes of a result's regions ({@link RegionGeometries}). */
    interface Shapes {
        List<Geometry> of(RegionalizationDocument doc);
    }
}

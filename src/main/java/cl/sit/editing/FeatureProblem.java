package cl.sit.editing;

import java.util.List;
import org.locationtech.jts.geom.Coordinate;

/**
 * One problem with a submitted feature.
 *
 * @param indice position of the feature in a batch or import (1 = first); null for a single feature
 * @param campo the property at fault ({@code geometry} for the geometry), or null for the whole feature
 * @param mensaje what is wrong, in Spanish
 * @param ubicacion where the problem is ([longitude, latitude]), when it has a place
 */
public record FeatureProblem(Integer indice, String campo, String mensaje, List<Double> ubicacion) {

    static FeatureProblem of(String field, String message) {
        return new FeatureProblem(null, field, message, null);
    }

    static FeatureProblem at(String field, String message, Coordinate where) {
        return new FeatureProblem(null, field, message, where == null ? null : List.of(where.x, where.y));
    }

    FeatureProblem numbered(int index) {
        return new FeatureProblem(index, campo, mensaje, ubicacion);
    }
}

package cl.sit.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Small polygon helpers for storing areal layers as {@code MultiPolygon}. */
public final class Polygons {

    private Polygons() {}

    /**
     * The polygons of {@code g} as one {@code MultiPolygon} with the same factory (and SRID).
     *
     * @throws IllegalArgumentException when {@code g} holds no polygon
     */
    public static MultiPolygon asMultiPolygon(Geometry g) {
        if (g instanceof MultiPolygon mp) {
            return mp;
        }
        List<Polygon> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                parts.add(p);
            }
        }
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("Expected a polygonal geometry, got " + g.getGeometryType());
        }
        return g.getFactory().createMultiPolygon(parts.toArray(Polygon[]::new));
    }

    /** {@code g} if valid, otherwise repaired with {@link GeometryFixer} (keeping polygons only). */
    public static MultiPolygon valid(Geometry g) {
        return asMultiPolygon(g.isValid() ? g : GeometryFixer.fix(g));
    }

    /** Union of polygonal geometries as a {@code MultiPolygon} (e.g. a province from its communes). */
    public static MultiPolygon union(Collection<? extends Geometry> parts) {
        return asMultiPolygon(UnaryUnionOp.union(parts));
    }
}

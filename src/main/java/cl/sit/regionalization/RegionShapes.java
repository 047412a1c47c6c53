package cl.sit.regionalization;

import cl.sit.analysis.Polygons;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * Each region's geodesic area and its Polsby-Popper compactness {@code 4πA / P²}, with A the geodesic area (m²) and
 * P the geodesic length of its boundary (m), holes included, both from {@link UnitMeasures} without dissolving; and
 * the dissolved geometry of a region, made only when a response needs it (GeoJSON, saving census-zone regions).
 */
public final class RegionShapes {

    /** One region's measures. */
    record Shape(double areaKm2, double polsbyPopper) {}

    private static final PrecisionModel PRECISION = new PrecisionModel(1e7);

    private RegionShapes() {}

    static List<Shape> of(UnitMeasures measures, Partition p) {
        List<Shape> shapes = new ArrayList<>();
        for (double[] r : measures.regions(p)) {
            double areaM2 = r[0];
            double perimeterM = r[1];
            shapes.add(new Shape(areaM2 / 1e6, perimeterM > 0 ? 4 * Math.PI * areaM2 / (perimeterM * perimeterM) : 0));
        }
        return shapes;
    }

    /**
     * The union of a region's units: as a coverage (JTS CoverageUnion, fast, when the units share their vertices
     * exactly and the result is valid), else with OverlayNG at a fixed precision of 1e-7° (about 1 cm), robust to
     * the slivers and tiny overlaps of units that do not fit exactly.
     */
    public static MultiPolygon dissolve(List<Geometry> units) {
        try {
            Geometry union = CoverageUnion.union(units.toArray(Geometry[]::new));
            if (union != null && union.isValid()) {
                return Polygons.asMultiPolygon(union);
            }
        } catch (RuntimeException notACoverage) {
            // JTS throws TopologyException when the edges do not match: fall through to OverlayNG.
        }
        Geometry all = units.get(0).getFactory().buildGeometry(units);
        return Polygons.asMultiPolygon(UnaryUnionNG.union(all, PRECISION)); // OverlayNG output is valid
    }

    /** The dissolved geometry of each region, in region order. */
    static List<MultiPolygon> dissolve(List<Unit> units, Partition p) {
        List<List<Geometry>> parts = new ArrayList<>();
        for (int r = 0; r < p.count(); r++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < units.size(); i++) {
            parts.get(p.of(i)).add(units.get(i).geometry());
        }
        return parts.stream().map(RegionShapes::dissolve).toList();
    }
}

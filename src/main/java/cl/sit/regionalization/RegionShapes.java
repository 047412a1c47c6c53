package cl.sit.regionalization;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.analysis.Polygons;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;

/**
 * The dissolved geometry of each region (union of its units), its geodesic area and its Polsby-Popper compactness
 * {@code 4πA / P²} with A the geodesic area (m²) and P the geodesic length of its boundary (m), holes included.
 */
public final class RegionShapes {

    /** One region's shape. */
    record Shape(MultiPolygon geometry, double areaKm2, double polsbyPopper) {}

    private RegionShapes() {}

    /**
     * The union of a region's units: as a coverage (JTS CoverageUnion, fast, when the units share their vertices
     * exactly and the result is valid), else with OverlayNG at a fixed precision of 1e-7° (about 1 cm), robust to
     * the slivers and tiny overlaps of a simplified coverage.
     */
    public static MultiPolygon dissolve(List<Geometry> units) {
        Geometry union = UnaryUnionNG.union(units.get(0).getFactory().buildGeometry(units), PRECISION);
        return Polygons.asMultiPolygon(union);   // OverlayNG output is valid
    }

    private static final PrecisionModel PRECISION = new PrecisionModel(1e7);

    static List<Shape> of(List<Unit> units, Partition p) {
        List<List<Geometry>> parts = new ArrayList<>();
        for (int r = 0; r < p.count(); r++) {
            parts.add(new ArrayList<>());
        }
        for (int i = 0; i < units.size(); i++) {
            parts.get(p.of(i)).add(units.get(i).geometry());
        }
        List<Shape> shapes = new ArrayList<>();
        for (List<Geometry> g : parts) {
            MultiPolygon region = dissolve(g);
            double areaM2 = GeodesicMeasure.areaM2(region);
            double perimeterM = GeodesicMeasure.lengthM(region.getBoundary());
            shapes.add(new Shape(region, areaM2 / 1e6, perimeterM > 0 ? 4 * Math.PI * areaM2 / (perimeterM
                    * perimeterM) : 0));
        }
        return shapes;
    }
}

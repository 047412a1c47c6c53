package cl.sit.conservation;

import cl.sit.analysis.GeodesicMeasure;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/**
 * How much of a territory lies under a set of conservation areas (protected areas, priority sites): each area is
 * clipped to the territory, the clips are unioned so overlapping designations count once, and the union's
 * geodesic area is compared with the territory's. Plain JTS, EPSG:4326 in, km² out (geodesic, WGS 84, via
 * {@link GeodesicMeasure}). Invalid inputs are repaired with {@link GeometryFixer} first.
 */
public final class ConservationCoverage {

    private ConservationCoverage() {}

    /**
     * A conservation area to test.
     *
     * @param codigo its code (RNAP or MMA)
     * @param nombre its name
     * @param designacion category (national park, private reserve...), or null
     * @param geometry its polygons, EPSG:4326
     */
    public record Area(String codigo, String nombre, String designacion, Geometry geometry) {}

    /**
     * One area's part inside the territory.
     *
     * @param codigo area code
     * @param nombre area name
     * @param designacion category, or null
     * @param areaKm2 geodesic area of the area inside the territory, km²
     */
    public record Part(
            String codigo,
            String nombre,
            String designacion,
            @JsonProperty("area_km2") double areaKm2) {}

    /**
     * The result.
     *
     * @param areaKm2 geodesic area of the union of the areas inside the territory, km² (overlaps counted once)
     * @param porcentaje that area over the territory's geodesic area, 0 to 100
     * @param unidades each area touching the territory with its own part, largest first (these may overlap, so
     *     their sum can exceed {@code areaKm2})
     */
    public record Coverage(@JsonProperty("area_km2") double areaKm2, double porcentaje, List<Part> unidades) {}

    /** Parts smaller than this (slivers along a shared border), in km², are left out. */
    static final double MIN_PART_KM2 = 1e-6;

    public static Coverage of(Geometry territory, List<Area> areas) {
        Geometry land = valid(territory);
        double landKm2 = GeodesicMeasure.areaKm2(land);
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(land);
        List<Geometry> clips = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (Area area : areas) {
            Geometry g = valid(area.geometry());
            if (!prepared.intersects(g)) {
                continue;
            }
            Geometry clip = prepared.covers(g) ? g : OverlayNGRobust.overlay(g, land, OverlayNG.INTERSECTION);
            double km2 = GeodesicMeasure.areaKm2(clip);
            if (km2 >= MIN_PART_KM2) {
                clips.add(clip);
                parts.add(new Part(area.codigo(), area.nombre(), area.designacion(), km2));
            }
        }
        parts.sort(Comparator.comparingDouble(Part::areaKm2).reversed().thenComparing(Part::codigo));
        double covered = clips.isEmpty() ? 0 : GeodesicMeasure.areaKm2(UnaryUnionOp.union(clips));
        double percent = landKm2 > 0 ? Math.min(100, 100 * covered / landKm2) : 0;
        return new Coverage(covered, percent, List.copyOf(parts));
    }

    private static Geometry valid(Geometry g) {
        return g.isValid() ? g : GeometryFixer.fix(g);
    }
}

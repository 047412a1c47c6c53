package cl.sit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.locationtech.jts.coverage.CoverageUnion;
import org.locationtech.jts.coverage.CoverageValidator;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.locationtech.jts.operation.polygonize.Polygonizer;

/**
 * A gap-free coverage of communes built from two sources: detailed land polygons that leave rivers, estuaries
 * and bays out (BCN), and coarser polygons of the same communes that include their water (SUBDERE's DPA).
 * <ol>
 *   <li>The outline is the union of both sources with its holes filled: land, and the water the DPA gives to
 *       the communes.</li>
 *   <li>The water is the outline minus the land. Each piece of it goes to the commune whose DPA polygon holds
 *       it (so a river between two communes is split along the DPA boundary); water in no DPA polygon, or
 *       already taken by a commune with a lower code, goes to the neighbour it shares the longest border with.</li>
 *   <li>Water that ends up cut off from the rest of its commune (a fragment across a river, left by the coarser
 *       DPA lines) moves to the neighbour it shares the longest border with, until nothing moves.</li>
 * </ol>
 * The land of each commune is kept exactly as published. Every overlay runs with snap-rounding on a fixed grid
 * of 1e-7 degrees (about 1 cm; the sources have 5 or 6 decimals, so no input vertex moves), which makes the
 * pieces fit without slivers, and the result the same on every run. Codes are processed in ascending order.
 */
public final class CommuneCoverage {

    /** The grid every overlay snaps to: 1e-7 degrees. */
    public static final PrecisionModel GRID = new PrecisionModel(1e7);

    private static final GeometryFactory FACTORY = new GeometryFactory(GRID, 4326);

    /**
     * One commune.
     *
     * @param code its code (CUT)
     * @param land its polygon without water (as published)
     * @param withWater its polygon including its water, or null when there is none (its land is then all it gets
     *     beyond water that no other commune holds)
     */
    public record Commune(String code, Geometry land, Geometry withWater) {}

    /**
     * @param communes the coverage, by code in ascending order
     * @param waterKm2 geodesic area of water given to each commune, by code
     */
    public record Result(Map<String, MultiPolygon> communes, Map<String, Double> waterKm2) {}

    private CommuneCoverage() {}

    /**
     * What is wrong with a coverage, in Spanish, or nothing: edges where pieces overlap or do not match (JTS's
     * {@link CoverageValidator}, with gaps narrower than {@code gapWidthDeg} reported too), and holes in its union
     * (gaps inside the outline).
     */
    public static List<String> problems(Map<String, ? extends Geometry> coverage, double gapWidthDeg) {
        List<String> out = new ArrayList<>();
        List<String> codes = new ArrayList<>(coverage.keySet());
        Geometry[] pieces = codes.stream().map(coverage::get).toArray(Geometry[]::new);
        Geometry[] invalid = CoverageValidator.validate(pieces, gapWidthDeg);
        for (int i = 0; i < invalid.length; i++) {
            if (invalid[i] != null) {
                out.add("La comuna " + codes.get(i) + " no calza con sus vecinas (traslape o vacío) en "
                        + invalid[i].getCoordinate());
            }
        }
        if (!out.isEmpty()) {
            return out;
        }
        for (Geometry part : parts(CoverageUnion.union(pieces))) {
            Polygon p = (Polygon) part;
            for (int h = 0; h < p.getNumInteriorRing(); h++) {
                out.add("Vacío entre comunas en " + p.getInteriorRingN(h).getCoordinate());
            }
        }
        return out;
    }

    public static Result build(List<Commune> input) {
        List<Commune> sorted = new ArrayList<>(input);
        sorted.sort(Comparator.comparing(Commune::code));
        Map<String, Geometry> land = new LinkedHashMap<>();
        List<Geometry> all = new ArrayList<>();
        for (Commune c : sorted) {
            land.put(c.code(), c.land());
            all.add(c.land());
            if (c.withWater() != null) {
                all.add(c.withWater());
            }
        }
        Geometry landUnion = UnaryUnionNG.union(FACTORY.buildGeometry(new ArrayList<>(land.values())), GRID);
        Geometry outline = shells(UnaryUnionNG.union(FACTORY.buildGeometry(all), GRID));
        Geometry water = op(outline, landUnion, OverlayNG.DIFFERENCE);

        Map<String, Geometry> waterOf = new TreeMap<>();
        Geometry left = water;
        for (Commune c : sorted) {
            if (c.withWater() == null || left.isEmpty()) {
                continue;
            }
            Geometry mine = op(left, c.withWater(), OverlayNG.INTERSECTION);
            if (!mine.isEmpty()) {
                waterOf.put(c.code(), polygonal(mine));
                left = op(left, mine, OverlayNG.DIFFERENCE);
            }
        }
        List<Geometry> stray = new ArrayList<>(parts(left));
        for (Map.Entry<String, Geometry> e : waterOf.entrySet()) {
            PreparedGeometry ownLand = PreparedGeometryFactory.prepare(land.get(e.getKey()));
            List<Geometry> kept = new ArrayList<>();
            for (Geometry piece : parts(e.getValue())) {
                if (ownLand.intersects(piece)) {
                    kept.add(piece);
                } else {
                    stray.add(piece);
                }
            }
            e.setValue(FACTORY.buildGeometry(kept));
        }
        settle(stray, land, waterOf);

        Map<String, Geometry> pieces = new TreeMap<>();
        Map<String, Double> waterKm2 = new TreeMap<>();
        for (Map.Entry<String, Geometry> e : land.entrySet()) {
            Geometry w = waterOf.get(e.getKey());
            pieces.put(e.getKey(), w == null || w.isEmpty() ? e.getValue() : op(e.getValue(), w, OverlayNG.UNION));
            waterKm2.put(e.getKey(), w == null ? 0 : GeodesicMeasure.areaKm2(w));
        }
        Map<String, MultiPolygon> out = faces(pieces);
        return new Result(out, waterKm2);
    }

    /**
     * Rebuilds the pieces from one noding of all their boundaries, so that neighbours share exactly the same
     * vertices along their common edges (a coverage in JTS's sense): the boundaries are noded together on the grid,
     * polygonized into faces, and each face goes to the piece that holds it (the lowest code where sources
     * overlapped; the neighbour with the longest border for a face no piece holds).
     */
    private static Map<String, MultiPolygon> faces(Map<String, Geometry> pieces) {
        List<Geometry> lines = new ArrayList<>();
        STRtree index = new STRtree();
        for (Map.Entry<String, Geometry> e : pieces.entrySet()) {
            lines.add(e.getValue().getBoundary());
            index.insert(
                    e.getValue().getEnvelopeInternal(),
                    Map.entry(e.getKey(), PreparedGeometryFactory.prepare(e.getValue())));
        }
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(UnaryUnionNG.union(FACTORY.buildGeometry(lines), GRID));
        Map<String, List<Geometry>> owned = new TreeMap<>();
        List<Geometry> unowned = new ArrayList<>();
        for (Object o : polygonizer.getPolygons()) {
            Polygon face = (Polygon) o;
            Geometry inside = face.getInteriorPoint();
            String owner = null;
            for (Object hit : index.query(inside.getEnvelopeInternal())) {
                @SuppressWarnings("unchecked")
                Map.Entry<String, PreparedGeometry> candidate = (Map.Entry<String, PreparedGeometry>) hit;
                if (candidate.getValue().covers(inside)
                        && (owner == null || candidate.getKey().compareTo(owner) < 0)) {
                    owner = candidate.getKey();
                }
            }
            if (owner == null) {
                unowned.add(face);
            } else {
                owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(face);
            }
        }
        Map<String, MultiPolygon> out = new TreeMap<>();
        owned.forEach((code, list) -> out.put(code, normal(CoverageUnion.union(list.toArray(Geometry[]::new)))));
        if (!unowned.isEmpty()) {
            Map<String, Geometry> empty = new TreeMap<>();
            Map<String, Geometry> current = new TreeMap<>(out);
            settle(unowned, current, empty);
            empty.forEach((code, extra) -> out.put(
                    code,
                    normal(CoverageUnion.union(
                            concat(owned.get(code), parts(extra)).toArray(Geometry[]::new)))));
        }
        return out;
    }

    /** In JTS's normal form, so that equal results are written the same way whatever the order of the input. */
    private static MultiPolygon normal(Geometry g) {
        MultiPolygon m = Polygons.asMultiPolygon(g);
        m.normalize();
        return m;
    }

    private static List<Geometry> concat(List<Geometry> a, List<Geometry> b) {
        List<Geometry> out = new ArrayList<>(a == null ? List.of() : a);
        out.addAll(b);
        return out;
    }

    /**
     * Gives each stray piece of water to the commune (land and water so far) it shares the longest border with;
     * pieces touching none wait for their neighbours to be placed. Pieces that touch nothing at all (open water
     * off every commune, which the outline should not hold) go to the nearest commune.
     */
    private static void settle(List<Geometry> stray, Map<String, Geometry> land, Map<String, Geometry> waterOf) {
        List<Geometry> pending = new ArrayList<>(stray);
        pending.sort(Comparator.comparingDouble(Geometry::getArea)
                .reversed()
                .thenComparing(g -> g.getCentroid().getX())
                .thenComparing(g -> g.getCentroid().getY()));
        // Every round places at least one piece (by border, or else by distance), so this ends.
        while (!pending.isEmpty()) {
            List<Geometry> waiting = new ArrayList<>();
            for (Geometry piece : pending) {
                String owner = longestBorder(piece, land, waterOf);
                if (owner == null) {
                    waiting.add(piece);
                } else {
                    Geometry w = waterOf.get(owner);
                    waterOf.put(owner, w == null || w.isEmpty() ? piece : op(w, piece, OverlayNG.UNION));
                }
            }
            if (waiting.size() == pending.size()) {
                for (Geometry piece : waiting) {
                    String owner = nearest(piece, land);
                    Geometry w = waterOf.get(owner);
                    waterOf.put(owner, w == null || w.isEmpty() ? piece : op(w, piece, OverlayNG.UNION));
                }
                waiting.clear();
            }
            pending = waiting;
        }
    }

    private static String longestBorder(Geometry piece, Map<String, Geometry> land, Map<String, Geometry> waterOf) {
        PreparedGeometry near = PreparedGeometryFactory.prepare(piece.getEnvelope());
        String best = null;
        double bestLength = 0;
        for (Map.Entry<String, Geometry> e : land.entrySet()) {
            double length = 0;
            for (Geometry g : new Geometry[] {e.getValue(), waterOf.get(e.getKey())}) {
                if (g != null && !g.isEmpty() && near.intersects(g.getEnvelope())) {
                    length += op(piece.getBoundary(), g, OverlayNG.INTERSECTION).getLength();
                }
            }
            if (length > bestLength) {
                bestLength = length;
                best = e.getKey();
            }
        }
        return best;
    }

    /** An overlay on the grid, in strict mode: polygons in, polygons out (no stray lines or points). */
    private static Geometry op(Geometry a, Geometry b, int opCode) {
        OverlayNG overlay = new OverlayNG(a, b, GRID, opCode);
        overlay.setStrictMode(true);
        return overlay.getResult();
    }

    private static String nearest(Geometry piece, Map<String, Geometry> land) {
        return land.entrySet().stream()
                .min(Comparator.comparingDouble(e -> e.getValue().distance(piece)))
                .orElseThrow()
                .getKey();
    }

    /** The polygons of a geometry with their holes filled. */
    static Geometry shells(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        for (Geometry part : parts(g)) {
            out.add(FACTORY.createPolygon(
                    (LinearRing) ((Polygon) part).getExteriorRing().copy()));
        }
        return UnaryUnionNG.union(FACTORY.buildGeometry(out), GRID);
    }

    private static Geometry polygonal(Geometry g) {
        return FACTORY.buildGeometry(parts(g));
    }

    /** The polygons in a geometry (lines and points an overlay may leave are dropped). */
    static List<Geometry> parts(Geometry g) {
        List<Geometry> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon && !part.isEmpty()) {
                out.add(part);
            } else if (part instanceof MultiPolygon || part.getNumGeometries() > 1) {
                out.addAll(parts(part));
            }
        }
        return out;
    }
}

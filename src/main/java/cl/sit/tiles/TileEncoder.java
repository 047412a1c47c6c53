package cl.sit.tiles;

import cl.sit.crs.Positions;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.IUserDataConverter;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.MvtEncoder;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsLayer;
import io.github.sebasbaumh.mapbox.vectortile.adapt.jts.model.JtsMvt;
import io.github.sebasbaumh.mapbox.vectortile.build.MvtLayerParams;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.algorithm.Area;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryCollection;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.TopologyException;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.simplify.TopologyPreservingSimplifier;

/**
 * Builds one MVT tile in Java (H2GIS has no {@code ST_AsMVT}), doing what {@code ST_AsMVTGeom} does on PostGIS:
 * each lon/lat geometry is projected to Web Mercator straight into the tile's grid (4096 units, y down), clipped
 * to the tile plus a {@link TileCoordinates#BUFFER}-unit margin, snapped to the integer grid, simplified by one
 * grid unit (so the size of a feature follows the zoom: a commune at zoom 5 keeps a handful of vertices), and
 * dropped when it collapses. Not thread-safe: one encoder per request.
 */
final class TileEncoder {

    /** Simplification tolerance, grid units: one unit of the 4096 grid. */
    static final double TOLERANCE = 1.0;

    /**
     * Lines and polygons narrower and lower than this (grid units; a quarter of a pixel of a 256-pixel tile) are
     * left out, on both stores. Below it, whether a feature survives snapping depends on how each encoder clips and
     * repairs (PostGIS's wagyu keeps some sub-unit polygons as unit squares, JTS others as triangles), so the stores
     * would disagree about features no one can see.
     */
    static final double MIN_SIZE = 4;

    /** Polygons left with less area than this after snapping (grid units²) are slivers PostGIS drops too. */
    static final double MIN_AREA = 1;

    private static final MvtLayerParams PARAMS = new MvtLayerParams(TileCoordinates.EXTENT);
    private static final GeometryFactory GRID = new GeometryFactory();

    /** Snaps to the integer grid, rounding halves to even like PostGIS. */

    /** A feature's MVT id (or null) and properties, kept as the geometry's user data until encoding. */
    private record Tags(Long id, Map<String, Object> properties) {}

    private static final IUserDataConverter TAGS = (data, layerProps, feature) -> {
        Tags tags = (Tags) data;
        for (Map.Entry<String, Object> p : tags.properties().entrySet()) {
            Object value = p.getValue() instanceof LocalDate d ? d.toString() : p.getValue();
            if (value != null) {
                int index = layerProps.addValue(value);
                if (index >= 0) {
                    feature.addTags(layerProps.addKey(p.getKey()));
                    feature.addTags(index);
                }
            }
        }
        if (tags.id() != null) {
            feature.setId(tags.id());
        }
    };

    private final TileCoordinates tile;
    private final Envelope clip;
    private final Geometry clipBox;
    private final List<Geometry> features = new ArrayList<>();

    TileEncoder(TileCoordinates tile) {
        this.tile = tile;
        this.clip = new Envelope(
                -TileCoordinates.BUFFER,
                TileCoordinates.EXTENT + TileCoordinates.BUFFER,
                -TileCoordinates.BUFFER,
                TileCoordinates.EXTENT + TileCoordinates.BUFFER);
        this.clipBox = GRID.toGeometry(clip);
    }

    /**
     * Adds a feature; nothing happens when its geometry misses the buffered tile or collapses on the grid.
     *
     * @param id the MVT feature id, or null
     * @param properties property values (strings, numbers, booleans, dates; nulls are left out)
     * @param lonLat the geometry in EPSG:4326
     */
    void add(Long id, Map<String, Object> properties, Geometry lonLat) {
        if (lonLat == null || lonLat.isEmpty()) {
            return;
        }
        Geometry g = toGrid(lonLat);
        Envelope size = g.getEnvelopeInternal();
        if (g.getDimension() > 0 && size.getWidth() < MIN_SIZE && size.getHeight() < MIN_SIZE) {
            return; // too small to matter; the PostGIS statement leaves it out the same way
        }
        g = clipped(g);
        if (g == null || g.isEmpty()) {
            return;
        }
        Positions.map(g, (x, y) -> new double[] {Math.rint(x), Math.rint(y)});
        if (g.getDimension() == 2 && !g.isValid()) {
            // Snapping can make rings touch or cross; encoders and decoders need valid polygons (as PostGIS).
            g = GeometryFixer.fix(g);
        }
        if (g.getDimension() > 0) {
            // After snapping, so that it only drops vertices: what stays is on the grid, as with ST_AsMVTGeom.
            g = TopologyPreservingSimplifier.simplify(g, TOLERANCE);
        }
        g = highestDimension(g);
        g = g == null ? null : withoutCollapsedParts(g);
        if (g == null) {
            return;
        }
        g.setUserData(new Tags(id, properties));
        features.add(g);
    }

    boolean isEmpty() {
        return features.isEmpty();
    }

    /** The tile with one layer named {@code layerName}. */
    byte[] encode(String layerName) {
        JtsMvt mvt = new JtsMvt(new JtsLayer(layerName, features, TileCoordinates.EXTENT));
        return MvtEncoder.encode(mvt, PARAMS, TAGS);
    }

    private Geometry toGrid(Geometry lonLat) {
        Geometry g = lonLat.copy();
        Positions.map(g, (x, y) -> new double[] {tile.gridX(x), tile.gridY(y)});
        return g;
    }

    private Geometry clipped(Geometry g) {
        Envelope e = g.getEnvelopeInternal();
        if (clip.contains(e)) {
            return g;
        }
        if (!clip.intersects(e)) {
            return null;
        }
        try {
            return clipBox.intersection(g);
        } catch (TopologyException invalid) {
            return clipBox.intersection(GeometryFixer.fix(g));
        }
    }

    /** The parts of the highest dimension (an MVT feature is points, lines or polygons, never a mix). */
    private static Geometry highestDimension(Geometry g) {
        if (!(g instanceof GeometryCollection) || g.getClass() != GeometryCollection.class) {
            return g;
        }
        int dimension = g.getDimension();
        List<Geometry> parts = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = highestDimension(g.getGeometryN(i));
            if (part != null && part.getDimension() == dimension) {
                for (int j = 0; j < part.getNumGeometries(); j++) {
                    if (!part.getGeometryN(j).isEmpty()) {
                        parts.add(part.getGeometryN(j));
                    }
                }
            }
        }
        return parts.isEmpty() ? null : GRID.buildGeometry(parts);
    }

    /**
     * Leaves out the parts that snapping collapsed: lines of no length, polygons of less than {@link #MIN_AREA} and
     * holes of no area (as ST_AsMVTGeom does; a collapsed ring would also make the whole feature unreadable to
     * decoders). Null when nothing is left.
     */
    private static Geometry withoutCollapsedParts(Geometry g) {
        List<Geometry> parts = new ArrayList<>(g.getNumGeometries());
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon polygon) {
                part = withoutCollapsedRings(polygon);
            } else if (part instanceof LineString line && line.getLength() == 0) {
                part = null;
            }
            if (part != null && !part.isEmpty()) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? null : parts.size() == 1 ? parts.get(0) : GRID.buildGeometry(parts);
    }

    private static Polygon withoutCollapsedRings(Polygon polygon) {
        if (Area.ofRing(polygon.getExteriorRing().getCoordinateSequence()) < MIN_AREA) {
            return null;
        }
        List<LinearRing> holes = new ArrayList<>();
        for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
            LinearRing hole = polygon.getInteriorRingN(i);
            if (Area.ofRing(hole.getCoordinateSequence()) > 0) {
                holes.add(hole);
            }
        }
        if (holes.size() == polygon.getNumInteriorRing()) {
            return polygon;
        }
        return GRID.createPolygon(polygon.getExteriorRing(), holes.toArray(LinearRing[]::new));
    }
}

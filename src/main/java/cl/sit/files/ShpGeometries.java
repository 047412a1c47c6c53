package cl.sit.files;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import org.h2gis.functions.io.shp.internal.IndexFile;
import org.h2gis.functions.io.shp.internal.ShapeType;
import org.h2gis.functions.io.shp.internal.ShapefileReader;
import org.locationtech.jts.geom.Geometry;

/**
 * The geometries of a {@code .shp} by record, through H2GIS's shapefile reader and the {@code .shx} index.
 * H2GIS assembles polygons from rings (clockwise shells, counter-clockwise holes) and returns polygons as
 * {@code MultiPolygon}, lines as {@code MultiLineString}; coordinates are as stored (source CRS).
 */
final class ShpGeometries implements Closeable {

    private final FileChannel shpChannel;
    private final FileChannel shxChannel;
    private final ShapeType type;
    private final ShapefileReader reader;
    private final IndexFile index;

    ShpGeometries(Path shp, Path shx) throws IOException {
        shpChannel = FileChannel.open(shp);
        shxChannel = FileChannel.open(shx);
        type = ShapefileReader.readHeader(shpChannel).getShapeType();
        shpChannel.position(0);
        reader = type == ShapeType.NULL ? null : new ShapefileReader(shpChannel);
        index = new IndexFile(shxChannel);
    }

    int count() {
        return index.getRecordCount();
    }

    /** The OGC type of the layer's geometries ("Geometry" when the file holds only null shapes). */
    String geometryType() {
        if (type.isPointType()) {
            return "Point";
        }
        if (type.isMultiPointType()) {
            return "MultiPoint";
        }
        if (type.isLineType()) {
            return "MultiLineString";
        }
        return type.isPolygonType() ? "MultiPolygon" : "Geometry";
    }

    /** The geometry of record {@code i} (0-based) in the source CRS, or null for a null or empty shape. */
    Geometry read(int i) throws IOException {
        if (reader == null) {
            return null;
        }
        Geometry g = reader.geomAt(index.getOffset(i));
        return g == null || g.isEmpty() ? null : g;
    }

    @Override
    public void close() throws IOException {
        try (shpChannel; shxChannel) {
            index.close();
        }
    }
}

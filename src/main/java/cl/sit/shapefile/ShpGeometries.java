package cl.sit.shapefile;

import cl.sit.imports.FileRejected;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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

    private static final int FILE_CODE = 9994;

    private final FileChannel shpChannel;
    private final FileChannel shxChannel;
    private final ShapeType type;
    private final ShapefileReader reader;
    private final IndexFile index;

    ShpGeometries(Path shp, Path shx) throws IOException {
        shpChannel = FileChannel.open(shp);
        shxChannel = FileChannel.open(shx);
        long shxSize = shxChannel.size();
        if (shpChannel.size() < 100
                || shxSize < 100
                || (shxSize - 100) % 8 != 0
                || fileCode(shpChannel) != FILE_CODE
                || fileCode(shxChannel) != FILE_CODE) {
            close();
            throw new FileRejected("El archivo .shp o .shx está dañado o no es un shapefile.");
        }
        type = ShapefileReader.readHeader(shpChannel).getShapeType();
        shpChannel.position(0);
        reader = type == ShapeType.NULL ? null : new ShapefileReader(shpChannel);
        index = new IndexFile(shxChannel);
    }

    /** The records listed in the {@code .shx} (its size, not its header, decides). */
    int count() {
        return (int) ((shxSizeOrZero() - 100) / 8);
    }

    private long shxSizeOrZero() {
        try {
            return shxChannel.size();
        } catch (IOException e) {
            return 100;
        }
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
        int offset = index.getOffset(i);
        checkRecord(offset);
        Geometry g = reader.geomAt(offset);
        return g == null || g.isEmpty() ? null : g;
    }

    /**
     * Checks that the record at {@code offset} lies in the file and holds as many points as it declares, so
     * that a damaged or hostile file cannot make the reader allocate for millions of points.
     */
    private void checkRecord(int offset) throws IOException {
        ByteBuffer head = ByteBuffer.allocate(52);
        int read = offset < 100 ? -1 : shpChannel.read(head, offset);
        head.flip();
        long length = read >= 12 ? 8 + 2L * head.getInt(4) : -1;
        if (length < 12 || offset + length > shpChannel.size()) {
            throw damaged();
        }
        head.order(ByteOrder.LITTLE_ENDIAN);
        int recordType = head.getInt(8);
        long needed = 12;
        if (recordType % 10 == 8 && read >= 48) {
            needed = 48 + 16L * Integer.toUnsignedLong(head.getInt(44));
        } else if ((recordType % 10 == 3 || recordType % 10 == 5) && read >= 52) {
            needed = 52 + 4L * Integer.toUnsignedLong(head.getInt(44)) + 16L * Integer.toUnsignedLong(head.getInt(48));
        } else if (recordType != 0 && recordType % 10 != 1) {
            throw damaged();
        }
        if (needed > length) {
            throw damaged();
        }
    }

    private static int fileCode(FileChannel channel) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4);
        channel.read(b, 0);
        return b.getInt(0);
    }

    private static FileRejected damaged() {
        return new FileRejected("El archivo .shp está dañado: una geometría no coincide con su índice (.shx).");
    }

    @Override
    public void close() throws IOException {
        try (shpChannel;
                shxChannel) {
            if (index != null) {
                index.close();
            }
        }
    }
}

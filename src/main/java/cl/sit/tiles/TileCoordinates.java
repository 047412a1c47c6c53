package cl.sit.tiles;

import cl.sit.system.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Envelope;

/**
 * One tile of the Web Mercator XYZ scheme (the one MapLibre, Leaflet and QGIS use): zoom {@code z}, column
 * {@code x} from the antimeridian eastwards, row {@code y} from the north downwards.
 *
 * @param z zoom, 0 to {@link #MAX_ZOOM}
 * @param x column, 0 to 2^z - 1
 * @param y row, 0 to 2^z - 1
 */
public record TileCoordinates(int z, int x, int y) {

    /** Deepest zoom served: about 4 cm per pixel of a 4096 grid, far below the precision of the data. */
    public static final int MAX_ZOOM = 22;

    /** Grid of every tile (MVT extent) and the margin kept around it, in grid units (as ST_AsMVTGeom). */
    public static final int EXTENT = 4096;

    public static final int BUFFER = 64;

    /** Radius of the sphere of Web Mercator (EPSG:3857), metres. */
    static final double WEB_MERCATOR_RADIUS = 6_378_137;

    /** Latitude limit of Web Mercator, degrees. */
    static final double MAX_LATITUDE = 85.0511287798066;

    public TileCoordinates {
        int size = 1 << Math.max(0, Math.min(z, MAX_ZOOM));
        if (z < 0 || z > MAX_ZOOM || x < 0 || x >= size || y < 0 || y >= size) {
            throw new IllegalArgumentException("No tile " + z + "/" + x + "/" + y);
        }
    }

    /**
     * Parses the path segments of a tile URL; anything but a tile of the scheme is a 400 {@code InvalidTile}
     * that names the valid range.
     */
    public static TileCoordinates parse(String z, String x, String y) {
        int zoom = number("z", z);
        if (zoom < 0 || zoom > MAX_ZOOM) {
            throw ErrorCode.INVALID_TILE.exception(
                    "El nivel de zoom z=" + z + " no es válido: debe estar entre 0 y " + MAX_ZOOM);
        }
        int column = number("x", x);
        int row = number("y", y);
        long last = (1L << zoom) - 1;
        if (column < 0 || column > last || row < 0 || row > last) {
            throw ErrorCode.INVALID_TILE.exception("La tesela " + z + "/" + x + "/" + y + " no existe: en el zoom "
                    + zoom + ", x e y van de 0 a " + last);
        }
        return new TileCoordinates(zoom, column, row);
    }

    private static int number(String name, String text) {
        if (text == null || !text.matches("\\d{1,9}")) {
            throw ErrorCode.INVALID_TILE.exception(
                    "La coordenada " + name + "='" + text + "' de la tesela debe ser un entero no negativo");
        }
        return Integer.parseInt(text);
    }

    /** The tiles of zoom {@code z} that a lon/lat box meets, row by row. */
    public static List<TileCoordinates> covering(Envelope lonLat, int z) {
        int n = 1 << z;
        int west = column(lonLat.getMinX(), n);
        int east = column(lonLat.getMaxX(), n);
        int north = row(lonLat.getMaxY(), n);
        int south = row(lonLat.getMinY(), n);
        List<TileCoordinates> out = new ArrayList<>();
        for (int y = north; y <= south; y++) {
            for (int x = west; x <= east; x++) {
                out.add(new TileCoordinates(z, x, y));
            }
        }
        return out;
    }

    private static int column(double lon, int n) {
        return Math.max(0, Math.min(n - 1, (int) Math.floor((lon + 180) / 360 * n)));
    }

    private static int row(double lat, int n) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        double mercator = Math.log(Math.tan(Math.PI / 4 + phi / 2));
        return Math.max(0, Math.min(n - 1, (int) Math.floor((1 - mercator / Math.PI) / 2 * n)));
    }

    /** Tiles across (and down) at this zoom. */
    public double tilesAcross() {
        return Math.pow(2, z);
    }

    /**
     * The tile plus its {@link #BUFFER} in EPSG:4326 (lon/lat degrees), clamped to the world: the box that
     * selects candidate features through the spatial index.
     */
    public Envelope bufferedLonLat() {
        double margin = (double) BUFFER / EXTENT;
        double west = Math.max(-180, lon(x - margin));
        double east = Math.min(180, lon(x + 1 + margin));
        double north = Math.min(MAX_LATITUDE, lat(y - margin));
        double south = Math.max(-MAX_LATITUDE, lat(y + 1 + margin));
        return new Envelope(west, east, south, north);
    }

    /** Web Mercator metres per unit of this tile's grid. */
    public double metresPerUnit() {
        return 2 * Math.PI * WEB_MERCATOR_RADIUS / tilesAcross() / EXTENT;
    }

    /** Longitude of the western edge of (fractional) column {@code column}, degrees. */
    double lon(double column) {
        return column / tilesAcross() * 360 - 180;
    }

    /** Latitude of the northern edge of (fractional) row {@code row}, degrees. */
    double lat(double row) {
        double n = Math.PI - 2 * Math.PI * row / tilesAcross();
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Column of this tile's grid (0 at its western edge, {@link #EXTENT} at its eastern) for a longitude. */
    double gridX(double lon) {
        return ((lon + 180) / 360 * tilesAcross() - x) * EXTENT;
    }

    /** Row of this tile's grid (0 at its northern edge, {@link #EXTENT} at its southern) for a latitude. */
    double gridY(double lat) {
        double phi = Math.toRadians(Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat)));
        double mercator = Math.log(Math.tan(Math.PI / 4 + phi / 2));
        return ((1 - mercator / Math.PI) / 2 * tilesAcross() - y) * EXTENT;
    }

    @Override
    public String toString() {
        return z + "/" + x + "/" + y;
    }
}

package cl.sit.mapsheet;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;

/**
 * A view of the map drawn into a frame of pixels, in Web Mercator as on the map page: the asked box is widened
 * along one axis to the frame's proportions and centred, so nothing asked for is cut and nothing is stretched.
 */
final class Viewport {

    private static final double RADIUS = 6_378_137;

    private final double minX;
    private final double maxY;
    private final double metresPerPixel;
    private final int width;
    private final int height;

    Viewport(Envelope lonLat, int width, int height) {
        double x0 = x(lonLat.getMinX());
        double x1 = x(lonLat.getMaxX());
        double y0 = y(lonLat.getMinY());
        double y1 = y(lonLat.getMaxY());
        this.metresPerPixel = Math.max((x1 - x0) / width, (y1 - y0) / height);
        this.minX = (x0 + x1) / 2 - metresPerPixel * width / 2;
        this.maxY = (y0 + y1) / 2 + metresPerPixel * height / 2;
        this.width = width;
        this.height = height;
    }

    /** The box actually drawn, in degrees (wider than the one asked along one axis). */
    Envelope lonLat() {
        return new Envelope(
                lon(minX), lon(minX + metresPerPixel * width), lat(maxY - metresPerPixel * height), lat(maxY));
    }

    /** Pixel column and row of a longitude/latitude, written into {@code out}. */
    void toPixel(Coordinate lonLat, java.awt.geom.Point2D out) {
        out.setLocation((x(lonLat.x) - minX) / metresPerPixel, (maxY - y(clamp(lonLat.y))) / metresPerPixel);
    }

    /** Ground metres per pixel at the middle of the view (Web Mercator stretches by 1 / cos(latitude)). */
    double groundMetresPerPixel() {
        double middle = lat(maxY - metresPerPixel * height / 2);
        return metresPerPixel * Math.cos(Math.toRadians(middle));
    }

    /** Degrees spanned by one pixel, for simplifying geometries before drawing. */
    double degreesPerPixel() {
        return Math.toDegrees(metresPerPixel / RADIUS);
    }

    int width() {
        return width;
    }

    int height() {
        return height;
    }

    private static double clamp(double lat) {
        return Math.max(-85.05, Math.min(85.05, lat));
    }

    private static double x(double lon) {
        return RADIUS * Math.toRadians(lon);
    }

    private static double y(double lat) {
        return RADIUS * Math.log(Math.tan(Math.PI / 4 + Math.toRadians(clamp(lat)) / 2));
    }

    private static double lon(double x) {
        return Math.toDegrees(x / RADIUS);
    }

    private static double lat(double y) {
        return Math.toDegrees(2 * Math.atan(Math.exp(y / RADIUS)) - Math.PI / 2);
    }
}

package cl.sit.mapsheet;

import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Puntal;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Draws one layer's geometries in its style: polygons filled then outlined, lines stroked, points as circles of the
 * style's radius (as Leaflet's circle markers). Each geometry is first simplified to half a pixel, so a commune of
 * a hundred thousand vertices costs what its outline on paper needs.
 */
final class LayerPainter {

    private final Graphics2D g;
    private final Viewport view;
    private final LayerStyle style;
    private final ShapeWriter shapes;
    private final double tolerance;

    LayerPainter(Graphics2D g, Viewport view, LayerStyle style) {
        this.g = g;
        this.view = view;
        this.style = style;
        this.shapes = new ShapeWriter(view::toPixel);
        this.tolerance = view.degreesPerPixel() / 2;
    }

    void draw(Geometry geometry) {
        if (geometry == null || geometry.isEmpty()) {
            return;
        }
        if (geometry instanceof Puntal) {
            for (int i = 0; i < geometry.getNumGeometries(); i++) {
                point((Point) geometry.getGeometryN(i));
            }
            return;
        }
        Geometry simple = DouglasPeuckerSimplifier.simplify(geometry, tolerance);
        paint(shapes.toShape(simple.isEmpty() ? geometry : simple), geometry.getDimension() == 2);
    }

    private void paint(Shape shape, boolean filled) {
        if (filled && style.fill() != null) {
            g.setColor(style.fill());
            g.fill(shape);
        }
        if (style.stroke() != null) {
            g.setColor(style.stroke());
            g.setStroke(style.basicStroke());
            g.draw(shape);
        }
    }

    private void point(Point p) {
        Point2D at = new Point2D.Double();
        view.toPixel(p.getCoordinate(), at);
        float r = style.radius();
        paint(new Ellipse2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r), true);
    }
}

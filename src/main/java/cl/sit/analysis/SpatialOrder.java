package cl.sit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.shape.fractal.HilbertCode;

/**
 * Puts items in the order of their geometries along a Hilbert curve over their common extent, so that items next to
 * each other in the list lie near each other on the ground. Work done a chunk at a time against a spatial index
 * (candidate pairs of 10,000 written projects) then reads the same index pages again and again instead of pages all
 * over the country. Items without a geometry go last, in their order.
 */
public final class SpatialOrder {

    /** Cells per side of the curve: 2^16. */
    private static final int LEVEL = 16;

    private SpatialOrder() {}

    /** {@code items} (in parallel with {@code geometries}) sorted along the curve; the sort is stable. */
    public static <T> List<T> of(List<T> items, List<Geometry> geometries) {
        Envelope extent = new Envelope();
        for (Geometry g : geometries) {
            if (g != null && !g.isEmpty()) {
                extent.expandToInclude(g.getEnvelopeInternal());
            }
        }
        int side = 1 << LEVEL;
        double width = Math.max(extent.getWidth(), 1e-12);
        double height = Math.max(extent.getHeight(), 1e-12);
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Geometry g = geometries.get(i);
            long code = Long.MAX_VALUE;
            if (g != null && !g.isEmpty()) {
                Envelope e = g.getEnvelopeInternal();
                int x = (int) Math.min(side - 1, (e.centre().x - extent.getMinX()) / width * side);
                int y = (int) Math.min(side - 1, (e.centre().y - extent.getMinY()) / height * side);
                code = HilbertCode.encode(LEVEL, x, y);
            }
            keyed.add(new Keyed<>(code, items.get(i)));
        }
        keyed.sort(Comparator.comparingLong(Keyed::code));
        return keyed.stream().map(Keyed::item).toList();
    }

    private record Keyed<T>(long code, T item) {}
}

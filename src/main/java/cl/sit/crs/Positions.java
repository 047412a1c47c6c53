package cl.sit.crs;

import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Moves every position of a geometry, in place, through a function of {@code x, y}; Z and M become NaN. */
public final class Positions implements CoordinateSequenceFilter {

    /** The new {@code x, y} of a position. */
    @FunctionalInterface
    public interface Mapping {
        double[] apply(double x, double y);
    }

    private final Mapping mapping;

    private Positions(Mapping mapping) {
        this.mapping = mapping;
    }

    /** Applies {@code mapping} to every position of {@code g} and tells {@code g} it changed. */
    public static void map(Geometry g, Mapping mapping) {
        g.apply(new Positions(mapping));
        g.geometryChanged();
    }

    @Override
    public void filter(CoordinateSequence seq, int i) {
        double[] xy = mapping.apply(seq.getX(i), seq.getY(i));
        seq.setOrdinate(i, 0, xy[0]);
        seq.setOrdinate(i, 1, xy[1]);
        for (int d = 2; d < seq.getDimension(); d++) {
            // A sequence may report more ordinates than some of its coordinates hold (JTS overlay output mixes
            // CoordinateXY into dimension-3 sequences): those already read NaN and refuse to be set.
            if (!Double.isNaN(seq.getOrdinate(i, d))) {
                seq.setOrdinate(i, d, Double.NaN);
            }
        }
    }

    @Override
    public boolean isDone() {
        return false;
    }

    @Override
    public boolean isGeometryChanged() {
        return true;
    }
}

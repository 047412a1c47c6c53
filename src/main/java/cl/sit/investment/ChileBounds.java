package cl.sit.investment;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Whether a project lies in Chile, by a few simple boxes (EPSG:4326): the mainland with its coastal islands and
 * Diego Ramírez (lon −76..−66, lat −57..−17), Rapa Nui with Salas y Gómez, the Juan Fernández archipelago and the
 * Desventuradas islands. The boxes overlap some of Argentina, Bolivia and Peru: they catch the errors that matter
 * (a point in the ocean, a sign or a decimal lost, latitude and longitude swapped), not the border. The Chilean
 * Antarctic Territory is not included. Every vertex must fall in a box.
 */
final class ChileBounds {

    static final List<Envelope> BOXES = List.of(
            new Envelope(-76, -66, -57, -17),
            new Envelope(-109.5, -105, -27.5, -26),
            new Envelope(-81, -78.5, -34, -33.4),
            new Envelope(-80.3, -79.7, -26.5, -26.1));

    private ChileBounds() {}

    /** Null when {@code g} lies in Chile; otherwise what is wrong, in Spanish, naming swapped coordinates. */
    static String problem(Geometry g) {
        Coordinate[] vertices = g.getCoordinates();
        Coordinate out = Arrays.stream(vertices)
                .filter(c -> !inChile(c.x, c.y))
                .findFirst()
                .orElse(null);
        if (out == null) {
            return null;
        }
        if (Arrays.stream(vertices).allMatch(c -> inChile(c.y, c.x))) {
            return String.format(
                    Locale.ROOT,
                    "Coordenadas con latitud y longitud invertidas: (%.5f, %.5f) queda "
                            + "fuera de Chile y al intercambiarlas queda en Chile; LON es la longitud (-76 a -66 en el "
                            + "continente) y LAT la latitud (-57 a -17)",
                    out.x,
                    out.y);
        }
        return String.format(
                Locale.ROOT,
                "Coordenadas fuera de Chile: (%.5f, %.5f) no está en el territorio "
                        + "continental ni insular (revise el signo, los decimales y el orden longitud, latitud)",
                out.x,
                out.y);
    }

    private static boolean inChile(double lon, double lat) {
        return BOXES.stream().anyMatch(b -> b.contains(lon, lat));
    }
}

package cl.sit.mapsheet;

import cl.sit.system.QueryParameters;
import cl.sit.system.RenamedParameters;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Envelope;

/**
 * The parameters of {@code GET /api/map/sheet}, checked once: {@code bbox} (minLon,minLat,maxLon,maxLat, required),
 * {@code layers} (collection ids, comma separated, at most {@value #MAX_LAYERS}; default the map's start layers),
 * {@code title}, {@code subtitle}, {@code paper} (A4|A3), {@code orientation} (landscape|portrait) and {@code f}
 * (png|pdf). Anything else is a 400.
 *
 * @param bbox the view, EPSG:4326
 * @param layers collection ids in drawing order, or empty for the map's start layers
 * @param title the sheet's title
 * @param subtitle the subtitle, or empty
 * @param paper A4 or A3
 * @param landscape whether the sheet is landscape
 * @param pdf a PDF rather than a PNG
 */
record SheetRequest(
        Envelope bbox,
        List<String> layers,
        String title,
        String subtitle,
        Paper paper,
        boolean landscape,
        boolean pdf) {

    static final int MAX_LAYERS = 20;
    static final int MAX_TITLE = 120;
    static final int MAX_SUBTITLE = 200;
    private static final Set<String> NAMES =
            Set.of("bbox", "capas", "titulo", "subtitulo", "papel", "orientacion", "f");

    /** Paper sizes, portrait, in millimetres. */
    enum Paper {
        A4(210, 297),
        A3(297, 420);

        final int widthMm;
        final int heightMm;

        Paper(int widthMm, int heightMm) {
            this.widthMm = widthMm;
            this.heightMm = heightMm;
        }
    }

    static SheetRequest parse(Map<String, String[]> params) {
        QueryParameters q =
                QueryParameters.of(RenamedParameters.resolve(params, RenamedParameters.Group.MAP_SHEET), NAMES);
        String box = q.text("bbox");
        if (box == null) {
            throw QueryParameters.invalid("bbox", "falta: minLon,minLat,maxLon,maxLat de la vista");
        }
        double[] v;
        try {
            v = Arrays.stream(box.split(",", -1))
                    .mapToDouble(s -> Double.parseDouble(s.strip()))
                    .toArray();
        } catch (NumberFormatException e) {
            throw QueryParameters.invalid("bbox", "cuatro números separados por comas");
        }
        if (v.length != 4
                || Arrays.stream(v).anyMatch(d -> !Double.isFinite(d))
                || v[0] >= v[2]
                || v[1] >= v[3]
                || v[0] < -180
                || v[2] > 180
                || v[1] < -85
                || v[3] > 85) {
            throw QueryParameters.invalid(
                    "bbox", "minLon,minLat,maxLon,maxLat con min < max, en grados (latitud entre -85 y 85)");
        }
        String list = q.text("capas");
        List<String> layers = list == null || list.isBlank()
                ? List.of()
                : Arrays.stream(list.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .distinct()
                        .toList();
        if (layers.size() > MAX_LAYERS) {
            throw QueryParameters.invalid("capas", "a lo más " + MAX_LAYERS + " capas");
        }
        String title = text(q, "titulo", MAX_TITLE, "Región de Los Ríos");
        String subtitle = text(q, "subtitulo", MAX_SUBTITLE, "");
        Paper paper =
                switch (q.text("papel") == null ? "A4" : q.text("papel").toUpperCase(java.util.Locale.ROOT)) {
                    case "A4" -> Paper.A4;
                    case "A3" -> Paper.A3;
                    default -> throw QueryParameters.invalid("papel", "use A4 o A3");
                };
        String orientation = q.text("orientacion") == null ? "landscape" : q.text("orientacion");
        if (!orientation.equals("landscape") && !orientation.equals("portrait")) {
            throw QueryParameters.invalid("orientacion", "use landscape (horizontal) o portrait (vertical)");
        }
        String f = q.text("f") == null ? "png" : q.text("f");
        if (!f.equals("png") && !f.equals("pdf")) {
            throw QueryParameters.invalid("f", "use png o pdf");
        }
        return new SheetRequest(
                new Envelope(v[0], v[2], v[1], v[3]),
                layers,
                title,
                subtitle,
                paper,
                orientation.equals("landscape"),
                f.equals("pdf"));
    }

    private static String text(QueryParameters q, String name, int max, String fallback) {
        String t = q.text(name);
        if (t == null) {
            return fallback;
        }
        if (t.codePointCount(0, t.length()) > max) {
            throw QueryParameters.invalid(name, "a lo más " + max + " caracteres");
        }
        return t.strip();
    }
}

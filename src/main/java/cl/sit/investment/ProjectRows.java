package cl.sit.investment;

import cl.sit.analysis.ValidityErrors;
import cl.sit.investment.InvestmentProject.YearAmount;
import cl.sit.storage.Wkb;
import cl.sit.system.Texts;
import cl.sit.territory.CodeCrosswalk;
import cl.sit.territory.CodeCrosswalk.CommuneCodes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Turns import rows (column name to text, names case-insensitive) into projects, collecting every error.
 * Columns follow the BIP/BIDAT exports where they exist: {@code EBI_CODIGO}, {@code EBI_NOMBRE},
 * {@code EBI_ETAPA} (or {@code etapa}), {@code SECTOR}, {@code FUENTE} (or {@code EBI_FUENTES_FINAN}),
 * {@code EBI_COSTO_TOTAL} (thousands of CLP, as in BIDAT) or {@code COSTO_TOTAL_CLP} (pesos), {@code CMN_CLAVE}
 * (a commune code in force, or an old one that the crosswalk maps to one: the mapping is reported),
 * plus {@code PROGRAMA}, {@code INSTITUCION}, {@code EJE}, {@code ANIO_INICIO}, {@code ANIO_FIN}, and the
 * location as {@code LON}/{@code LAT} or {@code WKT} (EPSG:4326). A GeoJSON import gives the geometry itself.
 */
final class ProjectRows {

    static final List<String> STAGES = List.of("idea", "perfil", "prefactibilidad", "diseño", "ejecución",
            "terminado");
    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2050;
    /**
     * Largest total cost, in pesos: a thousand times the largest public project so far, and far below where a
     * {@code long} or a double stops being exact, so no typing error is stored clamped.
     */
    static final double MAX_COST_CLP = 1e15;
    /** A collection of multipolygons nests four levels of brackets; far deeper is hostile (JTS recurses). */
    private static final int MAX_WKT_NESTING = 16;
    /** Column widths of {@code investment_project} (both schemas), checked here so a long cell is a row error. */
    private static final Map<String, Integer> WIDTHS = Map.of("EBI_CODIGO", 20, "EBI_NOMBRE", 300, "PROGRAMA", 40,
            "FUENTE", 80, "SECTOR", 80, "INSTITUCION", 200, "EJE", 80);

    private final CommuneCodes communes;
    private final List<MappedCode> mapped = new ArrayList<>();
    private final Set<String> existingBipCodes;
    private final Set<String> seenBipCodes = new HashSet<>();
    private final List<ImportError> errors = new ArrayList<>();
    private final String source;
    private final int maxVertices;

    ProjectRows(CommuneCodes communes, Set<String> existingBipCodes, String source, int maxVertices) {
        this.maxVertices = maxVertices;
        this.communes = communes;
        this.existingBipCodes = existingBipCodes;
        this.source = source;
    }

    List<ImportError> errors() {
        return errors;
    }

    /** The old commune codes read through the crosswalk, in row order. */
    List<MappedCode> mapped() {
        return mapped;
    }

    /** The project of row {@code n}, or null when it has errors (they are recorded). */
    InvestmentProject project(int n, Map<String, String> row, Geometry given) {
        int before = errors.size();
        row.forEach((column, value) -> {
            if (value != null && Texts.hasLoneSurrogate(value)) {
                errors.add(new ImportError(n, column.toUpperCase(Locale.ROOT), "Texto con un carácter no válido "
                        + "(un sustituto UTF-16 suelto)"));
            }
            if (value != null && value.indexOf('\u0000') >= 0) {
                errors.add(new ImportError(n, column.toUpperCase(Locale.ROOT), "El texto contiene un carácter nulo "
                        + "(U+0000), que no se admite"));
            }
        });
        Function<String[], String> get = names -> {
            for (String name : names) {
                String v = row.get(name.toLowerCase(Locale.ROOT));
                if (v != null && !v.isBlank()) {
                    return v.strip();
                }
            }
            return null;
        };
        String bip = get.apply(new String[] {"ebi_codigo", "codigo_bip"});
        if (bip != null && (!seenBipCodes.add(bip) || existingBipCodes.contains(bip))) {
            errors.add(new ImportError(n, "EBI_CODIGO", "Código BIP repetido: " + bip));
        }
        String name = required(n, get.apply(new String[] {"ebi_nombre", "nombre"}), "EBI_NOMBRE");
        String programme = required(n, get.apply(new String[] {"programa"}), "PROGRAMA");
        String funding = get.apply(new String[] {"fuente", "ebi_fuentes_finan", "fuente_financiamiento"});
        String sector = required(n, get.apply(new String[] {"sector", "sec_nombre"}), "SECTOR");
        String stage = get.apply(new String[] {"ebi_etapa", "etapa"});
        if (stage == null || !STAGES.contains(stage.toLowerCase(Locale.ROOT))) {
            errors.add(new ImportError(n, "EBI_ETAPA", "Etapa debe ser una de " + STAGES));
        }
        long cost = cost(n, get.apply(new String[] {"ebi_costo_total"}), get.apply(new String[] {"costo_total_clp"}));
        int start = year(n, get.apply(new String[] {"anio_inicio"}), "ANIO_INICIO");
        int end = year(n, get.apply(new String[] {"anio_fin"}), "ANIO_FIN");
        if (start > 0 && end > 0 && end < start) {
            errors.add(new ImportError(n, "ANIO_FIN", "El año de término es anterior al de inicio"));
        }
        String commune = commune(n, get.apply(new String[] {"cmn_clave", "comuna_declarada"}));
        String institution = get.apply(new String[] {"institucion"});
        String axis = get.apply(new String[] {"eje", "eje_estrategico"});
        fits(n, Map.of("EBI_CODIGO", bip == null ? "" : bip, "EBI_NOMBRE", name == null ? "" : name, "PROGRAMA",
                programme == null ? "" : programme, "FUENTE", funding == null ? "" : funding, "SECTOR",
                sector == null ? "" : sector, "INSTITUCION", institution == null ? "" : institution, "EJE",
                axis == null ? "" : axis));
        Geometry geometry = given != null ? checked(n, given)
                : geometry(n, get.apply(new String[] {"wkt"}), get.apply(new String[] {"lon"}),
                        get.apply(new String[] {"lat"}));
        if (errors.size() > before) {
            return null;
        }
        String s = stage.toLowerCase(Locale.ROOT);
        List<YearAmount> amounts = InvestmentGenerator.amounts(cost, start, end, s);
        return new InvestmentProject(bip, name, programme, funding == null ? programme : funding, sector, s,
                institution == null ? "sin información" : institution, axis,
                cost, start, end, commune, source, false, geometry, amounts);
    }

    /** The commune code in force for {@code code}: itself, or the one an old code maps to (recorded). */
    private String commune(int n, String code) {
        if (code == null || communes.inForce(code)) {
            return code;
        }
        Optional<CodeCrosswalk.Entry> entry = communes.mapped(code);
        if (entry.isEmpty()) {
            errors.add(new ImportError(n, "CMN_CLAVE", "No existe la comuna con código CUT " + code
                    + " (ni vigente ni en la tabla de equivalencias de códigos anteriores)"));
            return code;
        }
        CodeCrosswalk.Entry e = entry.get();
        mapped.add(new MappedCode(n, "CMN_CLAVE", code, e.codigoNuevo(), e.nombre(), e.fechaCambio()));
        return e.codigoNuevo();
    }

    private void fits(int n, Map<String, String> values) {
        values.forEach((column, value) -> {
            if (value.length() > WIDTHS.get(column)) {
                errors.add(new ImportError(n, column, "Texto demasiado largo: " + value.length() + " caracteres; "
                        + "el máximo es " + WIDTHS.get(column)));
            }
        });
    }

    private String required(int n, String value, String column) {
        if (value == null) {
            errors.add(new ImportError(n, column, "Falta " + column));
        }
        return value;
    }

    private long cost(int n, String thousands, String pesos) {
        String text = pesos != null ? pesos : thousands;
        if (text == null) {
            errors.add(new ImportError(n, "EBI_COSTO_TOTAL", "Falta el costo total"));
            return 0;
        }
        try {
            double v = Double.parseDouble(text.replace(" ", ""));
            double clp = pesos != null ? v : v * 1000;
            if (v < 0 || !Double.isFinite(v) || clp > MAX_COST_CLP) {
                throw new NumberFormatException();
            }
            return Math.round(clp);
        } catch (NumberFormatException e) {
            errors.add(new ImportError(n, pesos != null ? "COSTO_TOTAL_CLP" : "EBI_COSTO_TOTAL",
                    "Costo no válido: '" + shortText(text) + "' (número sin separador de miles, punto decimal, entre 0"
                            + " y " + String.format(Locale.ROOT, "%.0f", MAX_COST_CLP) + " pesos)"));
            return 0;
        }
    }

    private static String shortText(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }

    private int year(int n, String text, String column) {
        try {
            int y = Integer.parseInt(text == null ? "" : text);
            if (y < MIN_YEAR || y > MAX_YEAR) {
                throw new NumberFormatException();
            }
            return y;
        } catch (NumberFormatException e) {
            errors.add(new ImportError(n, column, "Año no válido: '" + text + "' (" + MIN_YEAR + "-" + MAX_YEAR + ")"));
            return -1;
        }
    }

    private Geometry geometry(int n, String wkt, String lon, String lat) {
        if (wkt != null) {
            if (nesting(wkt) > MAX_WKT_NESTING) {
                errors.add(new ImportError(n, "WKT", "WKT no válido: más de " + MAX_WKT_NESTING
                        + " niveles de paréntesis"));
                return null;
            }
            try {
                Geometry g = new WKTReader(Wkb.FACTORY).read(wkt);
                g.setSRID(Wkb.SRID);
                return checked(n, g);
            } catch (ParseException e) {
                // JTS explains in English; the row and column are what the user needs.
                errors.add(new ImportError(n, "WKT", "WKT no válido: revise el tipo de geometría, los paréntesis, "
                        + "las comas y los números (longitud latitud)"));
                return null;
            }
        }
        if (lon == null || lat == null) {
            errors.add(new ImportError(n, "LON/LAT", "Falta la ubicación: LON y LAT, o WKT"));
            return null;
        }
        try {
            double x = Double.parseDouble(lon);
            double y = Double.parseDouble(lat);
            return checked(n, Wkb.FACTORY.createPoint(new Coordinate(x, y)));
        } catch (NumberFormatException e) {
            errors.add(new ImportError(n, "LON/LAT", "Coordenadas no numéricas"));
            return null;
        }
    }

    /** The deepest level of round brackets in {@code wkt}. */
    private static int nesting(String wkt) {
        int depth = 0;
        int max = 0;
        for (int i = 0; i < wkt.length(); i++) {
            char c = wkt.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            max = Math.max(max, depth);
        }
        return max;
    }

    private Geometry checked(int n, Geometry g) {
        if (g.isEmpty()) {
            errors.add(new ImportError(n, "geometria", "Geometría vacía"));
            return null;
        }
        if (g.getNumPoints() > maxVertices) {
            errors.add(new ImportError(n, "geometria", "La geometría tiene " + g.getNumPoints() + " vértices; el "
                    + "máximo es " + maxVertices + ". Simplifíquela o divídala"));
            return null;
        }
        var env = g.getEnvelopeInternal();
        if (env.getMinX() < -180 || env.getMaxX() > 180 || env.getMinY() < -90 || env.getMaxY() > 90) {
            errors.add(new ImportError(n, "geometria", "Coordenadas fuera de rango: se esperan longitud y latitud "
                    + "en grados (EPSG:4326)"));
            return null;
        }
        TopologyValidationError invalid = new IsValidOp(g).getValidationError();
        if (invalid != null) {
            errors.add(new ImportError(n, "geometria", String.format(Locale.ROOT, "Geometría no válida: %s en "
                    + "(%.6f, %.6f)", ValidityErrors.spanish(invalid), invalid.getCoordinate().x, invalid.getCoordinate().y)));
            return null;
        }
        return g;
    }
}

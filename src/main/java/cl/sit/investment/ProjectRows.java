package cl.sit.investment;

import cl.sit.investment.InvestmentProject.YearAmount;
import cl.sit.system.Texts;
import cl.sit.territory.CodeCrosswalk;
import cl.sit.territory.CodeCrosswalk.CommuneCodes;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.locationtech.jts.geom.Geometry;

/**
 * Turns import rows (column name to text, names case-insensitive) into projects, collecting every error.
 * Columns follow the BIP/BIDAT exports where they exist: {@code EBI_CODIGO}, {@code EBI_NOMBRE},
 * {@code EBI_ETAPA} (or {@code etapa}, an SNI stage) and {@code ESTADO} (optional, a status such as terminado:
 * see {@link Stages}), {@code SECTOR}, {@code FUENTE} (or {@code EBI_FUENTES_FINAN}),
 * a cost column ({@code EBI_COSTO_TOTAL} in thousands of CLP as in BIDAT, {@code COSTO_TOTAL_CLP} in pesos, or a
 * header declaring its unit such as {@code EBI_COSTO_TOTAL (M$)}; numbers in Chilean format, see {@link Amounts}),
 * {@code CMN_CLAVE}
 * (a commune code in force, or an old one that the crosswalk maps to one: the mapping is reported),
 * plus {@code PROGRAMA}, {@code INSTITUCION}, {@code EJE}, {@code ANIO_INICIO}, {@code ANIO_FIN}, and the
 * location as {@code LON}/{@code LAT} or {@code WKT} (EPSG:4326). A GeoJSON import gives the geometry itself.
 */
final class ProjectRows {

    private static final int MIN_YEAR = 1990;
    private static final int MAX_YEAR = 2050;
    /**
     * Largest total cost, in pesos: a thousand times the largest public project so far, and far below where a
     * {@code long} or a double stops being exact, so no typing error is stored clamped.
     */
    static final double MAX_COST_CLP = 1e15;
    /** Column widths of {@code investment_project} (both schemas), checked here so a long cell is a row error. */
    private static final Map<String, Integer> WIDTHS = Map.of(
            "EBI_CODIGO",
            20,
            "EBI_NOMBRE",
            300,
            "PROGRAMA",
            40,
            "FUENTE",
            80,
            "SECTOR",
            80,
            "INSTITUCION",
            200,
            "EJE",
            80);

    private final CommuneCodes communes;
    private final List<MappedCode> mapped = new ArrayList<>();
    /** The row of each BIP code read, where it first appears, in row order. */
    private final Map<String, Integer> bipRows = new LinkedHashMap<>();

    private final List<ImportError> errors = new ArrayList<>();
    private final String source;
    private final RowGeometry geometries;
    private final Amounts.Unit unit;

    /**
     * @param unit the unit of cost columns whose header declares none ({@code unidad}), or null
     */
    ProjectRows(CommuneCodes communes, String source, int maxVertices, Amounts.Unit unit) {
        this.geometries = new RowGeometry(errors, maxVertices);
        this.unit = unit;
        this.communes = communes;
        this.source = source;
    }

    List<ImportError> errors() {
        return errors;
    }

    /** The old commune codes read through the crosswalk, in row order. */
    List<MappedCode> mapped() {
        return mapped;
    }

    /**
     * Records an error for each row whose BIP code is stored already, asking {@code stored} once for all the codes
     * read (a store of a million projects is not read whole); each error goes before the other errors of its row.
     */
    void checkStored(StoredBipCodes stored) {
        if (bipRows.isEmpty()) {
            return;
        }
        List<ImportError> found = stored.among(List.copyOf(bipRows.keySet())).stream()
                .map(bip -> new ImportError(
                        bipRows.get(bip),
                        "EBI_CODIGO",
                        "Código BIP repetido: " + bip + " ya existe"
                                + (source.startsWith("Importación")
                                        ? " (para actualizar los proyectos existentes importe con modo=actualizar)"
                                        : "")))
                .sorted(Comparator.comparingInt(ImportError::fila))
                .toList();
        if (found.isEmpty()) {
            return;
        }
        List<ImportError> merged = new ArrayList<>(errors.size() + found.size());
        int next = 0;
        for (ImportError e : errors) {
            while (next < found.size() && found.get(next).fila() <= e.fila()) {
                merged.add(found.get(next++));
            }
            merged.add(e);
        }
        merged.addAll(found.subList(next, found.size()));
        errors.clear();
        errors.addAll(merged);
    }

    /** The project of row {@code n}, or null when it has errors (they are recorded). */
    InvestmentProject project(int n, Map<String, String> row, Geometry given) {
        int before = errors.size();
        row.forEach((column, value) -> {
            if (value != null && Texts.hasLoneSurrogate(value)) {
                errors.add(new ImportError(
                        n,
                        column.toUpperCase(Locale.ROOT),
                        "Texto con un carácter no válido (un sustituto UTF-16 suelto)"));
            }
            if (value != null && value.indexOf('\u0000') >= 0) {
                errors.add(new ImportError(
                        n,
                        column.toUpperCase(Locale.ROOT),
                        "El texto contiene un carácter nulo (U+0000), que no se admite"));
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
        if (bip != null && bipRows.putIfAbsent(bip, n) != null) {
            errors.add(new ImportError(n, "EBI_CODIGO", "Código BIP repetido en el archivo: " + bip));
        }
        String name = required(n, get.apply(new String[] {"ebi_nombre", "nombre"}), "EBI_NOMBRE");
        String programme = required(n, get.apply(new String[] {"programa"}), "PROGRAMA");
        String funding = get.apply(new String[] {"fuente", "ebi_fuentes_finan", "fuente_financiamiento"});
        String sector = required(n, get.apply(new String[] {"sector", "sec_nombre"}), "SECTOR");
        String stage = stage(n, get.apply(new String[] {"ebi_etapa", "etapa"}));
        String statusText = get.apply(new String[] {"estado", "ebi_estado", "situacion"});
        String status = statusText == null ? null : Stages.status(statusText).orElse(null);
        if (statusText != null && status == null) {
            errors.add(new ImportError(
                    n,
                    "ESTADO",
                    "Estado no válido: '" + shortText(statusText) + "'; debe ser uno de " + Stages.STATUSES
                            + " (sin importar mayúsculas ni tildes)"));
        }
        long cost = cost(n, row);
        int start = year(n, get.apply(new String[] {"anio_inicio"}), "ANIO_INICIO");
        int end = year(n, get.apply(new String[] {"anio_fin"}), "ANIO_FIN");
        if (start > 0 && end > 0 && end < start) {
            errors.add(new ImportError(n, "ANIO_FIN", "El año de término es anterior al de inicio"));
        }
        String commune = commune(n, get.apply(new String[] {"cmn_clave", "comuna_declarada"}));
        String institution = get.apply(new String[] {"institucion"});
        String axis = get.apply(new String[] {"eje", "eje_estrategico"});
        fits(
                n,
                Map.of(
                        "EBI_CODIGO",
                        bip == null ? "" : bip,
                        "EBI_NOMBRE",
                        name == null ? "" : name,
                        "PROGRAMA",
                        programme == null ? "" : programme,
                        "FUENTE",
                        funding == null ? "" : funding,
                        "SECTOR",
                        sector == null ? "" : sector,
                        "INSTITUCION",
                        institution == null ? "" : institution,
                        "EJE",
                        axis == null ? "" : axis));
        Geometry geometry = given != null
                ? geometries.checked(n, given)
                : geometries.read(
                        n, get.apply(new String[] {"wkt"}), get.apply(new String[] {"lon"}), get.apply(new String[] {
                            "lat"
                        }));
        if (errors.size() > before) {
            return null;
        }
        List<YearAmount> amounts = InvestmentGenerator.amounts(cost, start, end, stage, status);
        return new InvestmentProject(
                bip,
                name,
                programme,
                funding == null ? programme : funding,
                sector,
                stage,
                status,
                institution == null ? "sin información" : institution,
                axis,
                cost,
                start,
                end,
                commune,
                source,
                false,
                geometry,
                amounts);
    }

    /** The SNI stage {@code text} names (case and accents ignored); a status in its place is named as such. */
    private String stage(int n, String text) {
        Optional<String> stage = Stages.stage(text);
        if (stage.isEmpty()) {
            errors.add(new ImportError(
                    n,
                    "EBI_ETAPA",
                    text != null && Stages.isStatus(text)
                            ? "'" + text
                                    + "' es un estado, no una etapa: póngalo en la columna ESTADO y en EBI_ETAPA la "
                                    + "etapa del ciclo (p. ej. ejecución)"
                            : "Etapa debe ser una de " + Stages.STAGES + " (sin importar mayúsculas ni tildes)"));
        }
        return stage.orElse(null);
    }

    /** The commune code in force for {@code code}: itself, or the one an old code maps to (recorded). */
    private String commune(int n, String code) {
        if (code == null || communes.inForce(code)) {
            return code;
        }
        Optional<CodeCrosswalk.Entry> entry = communes.mapped(code);
        if (entry.isEmpty()) {
            errors.add(new ImportError(
                    n,
                    "CMN_CLAVE",
                    "No existe la comuna con código CUT " + code
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
                errors.add(new ImportError(
                        n,
                        column,
                        "Texto demasiado largo: " + value.length() + " caracteres; el máximo es "
                                + WIDTHS.get(column)));
            }
        });
    }

    private String required(int n, String value, String column) {
        if (value == null) {
            errors.add(new ImportError(n, column, "Falta " + column));
        }
        return value;
    }

    /**
     * The total cost in pesos, from the one cost column with a value (see {@link Amounts}): its unit is the one
     * its header declares, else the import option {@code unidad}, else miles de pesos for the bare BIDAT header
     * {@code EBI_COSTO_TOTAL}; any other undeclared unit is an error, never a guess.
     */
    private long cost(int n, Map<String, String> row) {
        List<String> columns = row.keySet().stream()
                .filter(Amounts::isCostColumn)
                .filter(c -> row.get(c) != null && !row.get(c).isBlank())
                .toList();
        if (columns.size() != 1) {
            errors.add(new ImportError(
                    n,
                    "EBI_COSTO_TOTAL",
                    columns.isEmpty()
                            ? "Falta el costo total"
                            : "Varias columnas de costo con valor ("
                                    + String.join(", ", columns).toUpperCase(Locale.ROOT) + "): deje solo una"));
            return 0;
        }
        String column = columns.get(0);
        String label = column.toUpperCase(Locale.ROOT);
        Optional<Amounts.Unit> declared = Amounts.Unit.ofHeader(column);
        if (declared.isPresent() && unit != null && declared.get() != unit) {
            errors.add(new ImportError(
                    n,
                    label,
                    "La columna declara " + declared.get().label + " y la opción pide unidad="
                            + unit.name().toLowerCase(Locale.ROOT) + " (" + unit.label + "): quite una de las dos"));
            return 0;
        }
        Amounts.Unit u =
                declared.orElse(unit != null ? unit : column.equals("ebi_costo_total") ? Amounts.Unit.MILES : null);
        if (u == null) {
            errors.add(new ImportError(
                    n,
                    label,
                    "No se sabe la unidad del costo: nómbrela en el encabezado (" + label
                            + " ($), (M$) o (MM$)) o use la opción unidad=pesos|miles|millones"));
            return 0;
        }
        String text = row.get(column).strip();
        try {
            BigDecimal clp = u.clp(Amounts.number(text));
            if (clp.compareTo(BigDecimal.valueOf(MAX_COST_CLP)) > 0) {
                throw new IllegalArgumentException(
                        "mayor que el máximo de " + String.format(Locale.ROOT, "%.0f", MAX_COST_CLP) + " pesos");
            }
            return clp.setScale(0, RoundingMode.HALF_UP).longValueExact();
        } catch (IllegalArgumentException | ArithmeticException e) {
            errors.add(new ImportError(
                    n,
                    label,
                    "Costo no válido: '" + shortText(text) + "' en " + u.label + " (" + e.getMessage() + ")"));
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

    /**
     * The text of a GeoJSON property: a JSON number is written with a decimal comma and no grouping, so that it
     * reads back as the same number under the Chilean format of {@link Amounts} (a JSON number is never ambiguous).
     */
    static String text(Object value) {
        if (value instanceof Double || value instanceof Float || value instanceof java.math.BigDecimal) {
            BigDecimal d = value instanceof BigDecimal b ? b : BigDecimal.valueOf(((Number) value).doubleValue());
            return d.stripTrailingZeros().toPlainString().replace('.', ',');
        }
        return value == null ? null : value.toString();
    }
}

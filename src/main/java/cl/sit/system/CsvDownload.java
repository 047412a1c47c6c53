package cl.sit.system;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV downloads in two forms, chosen with {@value #PARAMETER}:
 * <ul>
 *   <li>{@code excel} (the default): what a spreadsheet in Chile opens as it is. Semicolons, decimal commas, UTF-8
 *       with a byte order mark (without it Excel misreads the accents), column titles in Spanish, "sí"/"no".</li>
 *   <li>{@code csv}: the form for programs (RFC 4180). Commas, decimal points, no byte order mark, the API's stable
 *       column names, true/false.</li>
 * </ul>
 * Text cells are formula-safe in both ({@link CsvCells}); numbers are never grouped by thousands.
 */
public final class CsvDownload {

    public static final String PARAMETER = "formato";
    public static final MediaType MEDIA_TYPE = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final char BOM = '\uFEFF';

    /** The two forms. */
    public enum Form {
        SPREADSHEET,
        DATA;

        /** The form a {@value #PARAMETER} value asks for: absent or {@code excel}, {@code csv}; anything else is a 400. */
        public static Form of(String value) {
            if (value == null || value.equals("excel")) {
                return SPREADSHEET;
            }
            if (value.equals("csv")) {
                return DATA;
            }
            throw QueryParameters.invalid(
                    PARAMETER,
                    "'" + value + "' no es válido; use excel (planilla, por omisión) o csv (para programas)");
        }
    }

    /** A column: its stable name (the {@code csv} form) and its title (the {@code excel} form). */
    public record Column(String name, String title) {}

    private CsvDownload() {}

    public static Column column(String name, String title) {
        return new Column(name, title);
    }

    /** A number with {@code digits} decimals, written with a comma or a point by the form. */
    public static BigDecimal decimal(double value, int digits) {
        return BigDecimal.valueOf(value).setScale(digits, RoundingMode.HALF_UP);
    }

    /** The whole file as text. */
    public static String write(Form form, List<Column> columns, List<? extends List<?>> rows) {
        StringWriter out = new StringWriter();
        try (Printer printer = new Printer(form, columns, out)) {
            rows.forEach(printer::row);
        }
        return out.toString();
    }

    /** A printer that writes to a response body as UTF-8; closing it flushes it. */
    public static Printer printer(Form form, List<Column> columns, OutputStream out) {
        return new Printer(form, columns, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** A 200 answer with the file as an attachment named {@code filename}. */
    public static ResponseEntity<String> attachment(String filename, String body) {
        return ResponseEntity.ok()
                .contentType(MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename))
                .body(body);
    }

    public static String disposition(String filename) {
        return "attachment; filename=\"" + filename + "\"";
    }

    /** Writes rows one at a time (streamed exports). */
    public static final class Printer implements AutoCloseable {

        private final Form form;
        private final CSVPrinter csv;

        private Printer(Form form, List<Column> columns, Writer out) {
            this.form = form;
            try {
                if (form == Form.SPREADSHEET) {
                    out.write(BOM);
                }
                String[] header = columns.stream()
                        .map(c -> form == Form.SPREADSHEET ? c.title() : c.name())
                        .toArray(String[]::new);
                CSVFormat format = (form == Form.SPREADSHEET
                                ? CSVFormat.EXCEL.builder().setDelimiter(';')
                                : CSVFormat.DEFAULT.builder())
                        .setHeader(header)
                        .get();
                this.csv = new CSVPrinter(out, format);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public void row(List<?> cells) {
            try {
                for (Object cell : cells) {
                    csv.print(cell(cell));
                }
                csv.println();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private String cell(Object value) {
            if (value == null) {
                return null;
            }
            if (value instanceof String s) {
                return CsvCells.safe(s);
            }
            if (value instanceof Boolean b) {
                return form == Form.SPREADSHEET ? (b ? "sí" : "no") : b.toString();
            }
            String text = value instanceof BigDecimal d
                    ? d.toPlainString()
                    : value instanceof Double || value instanceof Float
                            ? BigDecimal.valueOf(((Number) value).doubleValue())
                                    .stripTrailingZeros()
                                    .toPlainString()
                            : value.toString();
            return form == Form.SPREADSHEET && value instanceof Number ? text.replace('.', ',') : text;
        }

        @Override
        public void close() {
            try {
                csv.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}

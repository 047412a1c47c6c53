package cl.sit.shapefile;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The text encoding of a DBF file, in the order GDAL and QGIS honour: the {@code .cpg} file when present and
 * known ("UTF-8", "1252", "ANSI 1252", "windows-1252", "ISO-8859-1", "88591", ...), else the language driver
 * byte of the DBF header (29) when set, else UTF-8 if every text byte is valid UTF-8, else windows-1252 (what
 * Windows software writes in Chile). A {@code .cpg} that names no known encoding is ignored.
 */
final class DbfCharset {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Language driver ids (dBase / ESRI) of the code pages met in practice. */
    private static final Map<Integer, String> LANGUAGE_DRIVERS = Map.ofEntries(
            Map.entry(0x01, "IBM437"),
            Map.entry(0x02, "IBM850"),
            Map.entry(0x03, "windows-1252"),
            Map.entry(0x14, "IBM850"),
            Map.entry(0x18, "IBM437"),
            Map.entry(0x57, "windows-1252"),
            Map.entry(0x58, "windows-1252"),
            Map.entry(0x59, "windows-1252"),
            Map.entry(0x64, "IBM852"),
            Map.entry(0x65, "IBM866"),
            Map.entry(0x66, "IBM865"),
            Map.entry(0xC8, "windows-1250"),
            Map.entry(0xC9, "windows-1251"),
            Map.entry(0xCA, "windows-1254"),
            Map.entry(0xCB, "windows-1253"),
            Map.entry(0xCC, "windows-1257"));

    private DbfCharset() {}

    /** The encoding a {@code .cpg} names, if it names a known one. */
    static Optional<Charset> fromCpg(String cpg) {
        String v = cpg.strip()
                .toUpperCase(Locale.ROOT)
                .replace("ANSI", "")
                .replace(" ", "")
                .replace("_", "-");
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.equals("UTF8") || v.equals("UTF-8") || v.equals("65001")) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (v.equals("88591") || v.equals("8859-1") || v.equals("ISO88591") || v.equals("LATIN1")) {
            return Optional.of(StandardCharsets.ISO_8859_1);
        }
        if (v.matches("\\d{3,4}")) {
            v = (v.startsWith("125") ? "windows-" : "IBM") + v;
        } else if (v.matches("CP125\\d") || v.matches("WIN125\\d")) {
            v = "windows-" + v.substring(v.length() - 4);
        } else if (v.matches("8859-\\d{1,2}")) {
            v = "ISO-" + v;
        }
        return charset(v);
    }

    /** The encoding of a language driver id, if it is set (not 0) and known. */
    static Optional<Charset> fromLanguageDriver(int ldid) {
        return Optional.ofNullable(LANGUAGE_DRIVERS.get(ldid)).flatMap(DbfCharset::charset);
    }

    private static Optional<Charset> charset(String name) {
        try {
            return Charset.isSupported(name) ? Optional.of(Charset.forName(name)) : Optional.empty();
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}

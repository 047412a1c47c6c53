package cl.sit.shapefile;

import cl.sit.imports.FileRejected;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a dBase III/IV table (the {@code .dbf} of a shapefile) record by record. Values: {@code C} text
 * trimmed ({@code null} when blank, as GDAL reads it); {@code N}/{@code F} as {@code Long} when the field has no
 * decimals (a value that does not fit a long then comes as {@code Double}), else {@code Double} ({@code null}
 * when blank or {@code *}); {@code D} as
 * {@code LocalDate} ({@code null} when blank or {@code 00000000}); {@code L} as {@code Boolean} ({@code null}
 * when {@code ?} or blank); any other type as trimmed text. Deleted records are skipped. Repeated field names
 * get a suffix ({@code nombre_2}) so that every field has its own key.
 */
final class DbfReader {

    private final Path file;
    private final String fileName;
    private final int recordCount;
    private final int headerLength;
    private final int recordLength;
    private final int languageDriver;
    private final List<byte[]> rawNames = new ArrayList<>();
    private final List<Character> types = new ArrayList<>();
    private final List<Integer> lengths = new ArrayList<>();
    private final List<Integer> decimals = new ArrayList<>();

    DbfReader(Path file) throws IOException {
        this.file = file;
        this.fileName = String.valueOf(file.getFileName());
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(32);
            if (head.length < 32) {
                throw damaged("no tiene encabezado");
            }
            ByteBuffer b = ByteBuffer.wrap(head).order(ByteOrder.LITTLE_ENDIAN);
            recordCount = b.getInt(4);
            headerLength = Short.toUnsignedInt(b.getShort(8));
            recordLength = Short.toUnsignedInt(b.getShort(10));
            languageDriver = Byte.toUnsignedInt(head[29]);
            readFields(in);
        }
        int sum = 1 + lengths.stream().mapToInt(Integer::intValue).sum();
        if (recordCount < 0
                || recordLength != sum
                || headerLength < 33 + 32 * types.size()
                || Files.size(file) < headerLength + (long) recordCount * recordLength) {
            throw damaged("su encabezado no coincide con su contenido");
        }
    }

    private void readFields(InputStream in) throws IOException {
        int read = 32;
        while (read + 32 < headerLength) {
            byte[] d = in.readNBytes(32);
            if (d.length == 0 || d[0] == 0x0D) {
                return;
            }
            if (d.length < 32) {
                throw damaged("la lista de campos está incompleta");
            }
            int nameEnd = 0;
            while (nameEnd < 11 && d[nameEnd] != 0) {
                nameEnd++;
            }
            rawNames.add(Arrays.copyOf(d, nameEnd));
            types.add(Character.toUpperCase((char) d[11]));
            lengths.add(Byte.toUnsignedInt(d[16]));
            decimals.add(Byte.toUnsignedInt(d[17]));
            read += 32;
        }
    }

    int recordCount() {
        return recordCount;
    }

    /** The language driver id of the header (0: not set). */
    int languageDriver() {
        return languageDriver;
    }

    /** The fields, names decoded with {@code charset} and made unique. */
    List<SourceField> fields(Charset charset) {
        List<SourceField> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < types.size(); i++) {
            String name = new String(rawNames.get(i), charset).strip();
            String base = name.isEmpty() ? "campo_" + (i + 1) : name;
            name = base;
            for (int n = 2; !seen.add(name.toLowerCase(Locale.ROOT)); n++) {
                name = base + "_" + n;
            }
            out.add(new SourceField(name, String.valueOf(types.get(i)), lengths.get(i), decimals.get(i)));
        }
        return out;
    }

    /** Whether every byte of every record is valid UTF-8 (numbers and dates are ASCII, so only text counts). */
    boolean isUtf8() throws IOException {
        var decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean[] valid = {true};
        forEachRecord((index, record) -> {
            int offset = 1;
            for (int f = 0; f < types.size() && valid[0]; f++) {
                try {
                    decoder.reset().decode(ByteBuffer.wrap(record, offset, lengths.get(f)));
                } catch (CharacterCodingException e) {
                    valid[0] = false;
                }
                offset += lengths.get(f);
            }
        });
        return valid[0];
    }

    /** What to do with each record. */
    interface RecordAction<T> {
        void accept(int index, T record) throws IOException;
    }

    /** Calls {@code action} with the 0-based index and values of every record that is not deleted. */
    void read(Charset charset, RecordAction<Object[]> action) throws IOException {
        forEachRecord((index, record) -> {
            if (record[0] == '*') {
                return;
            }
            Object[] values = new Object[types.size()];
            int offset = 1;
            for (int f = 0; f < types.size(); f++) {
                String text = new String(record, offset, lengths.get(f), charset);
                values[f] = value(f, text, index);
                offset += lengths.get(f);
            }
            action.accept(index, values);
        });
    }

    /** Calls {@code action} with the 0-based index and raw bytes (deletion flag first) of every record. */
    private void forEachRecord(RecordAction<byte[]> action) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16))) {
            in.skipNBytes(headerLength);
            for (int i = 0; i < recordCount; i++) {
                byte[] record = new byte[recordLength];
                in.readFully(record);
                action.accept(i, record);
            }
        } catch (EOFException e) {
            throw damaged("está incompleto");
        }
    }

    private Object value(int field, String raw, int index) {
        String text = raw.replace('\0', ' ').strip();
        char type = types.get(field);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return switch (type) {
                case 'N', 'F' -> number(field, text);
                case 'D' ->
                    text.equals("00000000")
                            ? null
                            : LocalDate.of(
                                    Integer.parseInt(text.substring(0, 4)),
                                    Integer.parseInt(text.substring(4, 6)),
                                    Integer.parseInt(text.substring(6, 8)));
                case 'L' -> logical(text.charAt(0));
                default -> text;
            };
        } catch (NumberFormatException | DateTimeException | StringIndexOutOfBoundsException e) {
            String name = new String(rawNames.get(field), StandardCharsets.ISO_8859_1).strip();
            throw new FileRejected("El registro " + (index + 1) + " de " + fileName
                    + " tiene un valor no válido en el campo '" + name + "': '" + text + "'.");
        }
    }

    private Object number(int field, String text) {
        if (text.startsWith("*")) {
            return null;
        }
        BigDecimal n = new BigDecimal(text.replace(',', '.'));
        if (types.get(field) == 'N' && decimals.get(field) == 0) {
            try {
                return n.longValueExact();
            } catch (ArithmeticException e) {
                return n.doubleValue();
            }
        }
        return n.doubleValue();
    }

    private static Boolean logical(char c) {
        return switch (Character.toUpperCase(c)) {
            case 'T', 'Y' -> Boolean.TRUE;
            case 'F', 'N' -> Boolean.FALSE;
            default -> null;
        };
    }

    private FileRejected damaged(String why) {
        return new FileRejected("El archivo " + fileName + " está dañado: " + why + ".");
    }
}

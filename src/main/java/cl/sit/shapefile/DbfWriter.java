package cl.sit.shapefile;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Builds a dBase III table in UTF-8 in memory, with field widths fitted to the values. Types: {@code String}
 * as {@code C} (at most 254 bytes: longer text is cut at a character boundary), {@code Long} as {@code N}
 * without decimals, {@code Double} as {@code N} with at least one decimal (so that readers see a real number;
 * each value written in its shortest exact decimal form, NaN and infinities as null), {@code Boolean} as
 * {@code L}, {@code LocalDate} as {@code D}. Nulls are written as GDAL (shapelib) writes them: blank text,
 * {@code *} numbers, {@code ?} logicals, {@code 00000000} dates; so every null reads back as null, and so does
 * an empty string (a DBF cannot tell it from a null).
 */
final class DbfWriter {

    static final int MAX_TEXT_BYTES = 254;

    private final List<FieldSpec> fields;
    private final List<String[]> records = new ArrayList<>();

    DbfWriter(List<FieldSpec> fields) {
        this.fields = List.copyOf(fields);
    }

    /** Adds a record: one value per field, in field order (already checked against the field types). */
    void add(Object[] values) {
        String[] texts = new String[fields.size()];
        for (int f = 0; f < texts.length; f++) {
            texts[f] = text(fields.get(f).type(), values[f]);
        }
        records.add(texts);
    }

    byte[] bytes() {
        int[] widths = new int[fields.size()];
        int[] decimals = new int[fields.size()];
        for (int f = 0; f < widths.length; f++) {
            widths[f] = width(f);
            decimals[f] = fields.get(f).type() == Double.class ? decimals(f) : 0;
        }
        int recordLength = 1 + Arrays.stream(widths).sum();
        int headerLength = 32 + 32 * fields.size() + 1;
        ByteArrayOutputStream out = new ByteArrayOutputStream(headerLength + recordLength * records.size() + 1);
        out.writeBytes(header(headerLength, recordLength));
        for (int f = 0; f < widths.length; f++) {
            out.writeBytes(descriptor(fields.get(f), widths[f], decimals[f]));
        }
        out.write(0x0D);
        for (String[] record : records) {
            out.write(' ');
            for (int f = 0; f < widths.length; f++) {
                out.writeBytes(cell(f, record[f], widths[f], decimals[f]));
            }
        }
        out.write(0x1A);
        return out.toByteArray();
    }

    /** The value as written before padding, or null. */
    private static String text(Class<?> type, Object value) {
        if (value == null) {
            return null;
        }
        if (type == String.class) {
            String s = cut((String) value);
            return s.isBlank() ? null : s;
        }
        if (type == Long.class) {
            return Long.toString((Long) value);
        }
        if (type == Double.class) {
            double d = (Double) value;
            return Double.isFinite(d) ? plain(d) : null;
        }
        if (type == Boolean.class) {
            return (Boolean) value ? "T" : "F";
        }
        return ((LocalDate) value).format(DateTimeFormatter.BASIC_ISO_DATE);
    }

    /** The shortest decimal that reads back as {@code d}, without exponent when it fits in 24 characters. */
    private static String plain(double d) {
        String exact = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        return exact.length() <= 24 ? exact : Double.toString(d);
    }

    private static String cut(String s) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= MAX_TEXT_BYTES) {
            return s;
        }
        int end = s.length();
        while (s.substring(0, end).getBytes(StandardCharsets.UTF_8).length > MAX_TEXT_BYTES) {
            end = Character.isLowSurrogate(s.charAt(end - 1)) ? end - 2 : end - 1;
        }
        return s.substring(0, end);
    }

    private int width(int f) {
        Class<?> type = fields.get(f).type();
        if (type == Boolean.class) {
            return 1;
        }
        if (type == LocalDate.class) {
            return 8;
        }
        int width = type == Double.class ? 3 : 1;
        int decimals = type == Double.class ? decimals(f) : 0;
        for (String[] r : records) {
            if (r[f] != null) {
                width = Math.max(width, padded(r[f], decimals).getBytes(StandardCharsets.UTF_8).length);
            }
        }
        return width;
    }

    /** Decimals declared for a real field: those of its values, between 1 and 15. */
    private int decimals(int f) {
        int decimals = 1;
        for (String[] r : records) {
            String v = r[f];
            if (v != null && v.indexOf('.') >= 0 && v.indexOf('E') < 0) {
                decimals = Math.max(decimals, v.length() - v.indexOf('.') - 1);
            }
        }
        return Math.min(decimals, 15);
    }

    /** A real value with at least {@code decimals} digits after the point (an exact rewrite of it). */
    private static String padded(String v, int decimals) {
        if (decimals == 0 || v.indexOf('E') >= 0) {
            return v;
        }
        int point = v.indexOf('.');
        int have = point < 0 ? 0 : v.length() - point - 1;
        return (point < 0 ? v + "." : v) + "0".repeat(Math.max(0, decimals - have));
    }

    private byte[] cell(int f, String value, int width, int decimals) {
        Class<?> type = fields.get(f).type();
        byte[] cell = new byte[width];
        if (value == null) {
            byte filler = type == Long.class || type == Double.class
                    ? (byte) '*'
                    : type == Boolean.class ? (byte) '?' : (byte) ' ';
            Arrays.fill(cell, filler);
            if (type == LocalDate.class) {
                Arrays.fill(cell, (byte) '0');
            }
            return cell;
        }
        byte[] bytes = padded(value, decimals).getBytes(StandardCharsets.UTF_8);
        Arrays.fill(cell, (byte) ' ');
        boolean rightAligned = type == Long.class || type == Double.class;
        System.arraycopy(bytes, 0, cell, rightAligned ? width - bytes.length : 0, bytes.length);
        return cell;
    }

    private byte[] header(int headerLength, int recordLength) {
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ByteBuffer b = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 0x03)
                .put((byte) (today.getYear() - 1900))
                .put((byte) today.getMonthValue())
                .put((byte) today.getDayOfMonth());
        b.putInt(records.size()).putShort((short) headerLength).putShort((short) recordLength);
        return b.array();
    }

    private static byte[] descriptor(FieldSpec field, int width, int decimals) {
        ByteBuffer b = ByteBuffer.allocate(32);
        b.put(field.name().getBytes(StandardCharsets.UTF_8)).position(11);
        b.put((byte) dbfType(field.type())).position(16);
        b.put((byte) width).put((byte) decimals);
        return b.array();
    }

    static char dbfType(Class<?> type) {
        if (type == String.class) {
            return 'C';
        }
        if (type == Long.class || type == Double.class) {
            return 'N';
        }
        if (type == Boolean.class) {
            return 'L';
        }
        if (type == LocalDate.class) {
            return 'D';
        }
        throw new IllegalArgumentException("Unsupported field type: " + type.getName());
    }
}

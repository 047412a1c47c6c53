package cl.sit.imports;

import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip without trusting it. The zip is read as a stream: sizes in its headers are never
 * used; bytes are counted as they are inflated, so a zip bomb is stopped after at most {@code maxBytes}.
 *
 * <p>Rejected ({@link FileRejected}): entry names that try to leave the target folder ({@code ..} segments,
 * absolute paths, drive letters, also with backslashes as separators, NUL characters); more than
 * {@code maxEntries} entries (directories and ignored entries count too); more than {@code maxBytes} inflated
 * bytes in all; an entry past 1 MiB that inflates more than {@code maxRatio} times its compressed size; two
 * files with the same name once folders are removed; a stream that is not a zip or holds no file.
 *
 * <p>Folders are flattened: each file is written to {@code targetDir} under its lower-cased base name
 * ({@code Capas/Ríos.SHP} becomes {@code ríos.shp}), which is also its key in the returned map. Entries under
 * {@code __MACOSX/} and AppleDouble files ({@code ._name}) are read (and counted) but not written. On
 * rejection the files already written are deleted. The compressed size of an entry is measured on the
 * underlying stream, so it can be over-estimated by the inflater's read-ahead (about 512 bytes).
 */
public final class SafeZip {

    /** Limits of one extraction. */
    public record Limits(int maxEntries, long maxBytes, int maxRatio) {

        /** 1,000 entries, 512 MiB inflated in all, a ratio of 200 per entry. */
        public static final Limits DEFAULT = new Limits(1000, 512L * 1024 * 1024, 200);

        public Limits {
            if (maxEntries < 1 || maxBytes < 1 || maxRatio < 1) {
                throw new IllegalArgumentException("Zip limits must be positive");
            }
        }
    }

    /** An entry is checked for its compression ratio once it has inflated past this many bytes. */
    static final long RATIO_THRESHOLD = 1024 * 1024;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:.*");
    private static final int BUFFER = 64 * 1024;

    private SafeZip() {}

    /**
     * Extracts {@code zip} into {@code targetDir} (created if missing).
     *
     * @return the written files by lower-cased base name, in zip order
     * @throws FileRejected when the zip breaks a rule above or cannot be read
     */
    public static Map<String, Path> extract(InputStream zip, Path targetDir, Limits limits) {
        Map<String, Path> written = new LinkedHashMap<>();
        try {
            Files.createDirectories(targetDir);
            unpack(zip, targetDir.toAbsolutePath().normalize(), limits, written);
        } catch (FileRejected e) {
            deleteQuietly(written);
            throw e;
        } catch (ZipException | EOFException | IllegalArgumentException e) {
            deleteQuietly(written);
            throw new FileRejected("El archivo no es un zip válido o está dañado.", e);
        } catch (IOException e) {
            deleteQuietly(written);
            throw new UncheckedIOException(e);
        }
        if (written.isEmpty()) {
            throw new FileRejected("El archivo no es un zip válido o no contiene archivos.");
        }
        return written;
    }

    private static void unpack(InputStream zip, Path dir, Limits limits, Map<String, Path> written) throws IOException {
        CountingStream raw = new CountingStream(zip);
        ZipInputStream in = new ZipInputStream(raw, namesCharset());
        byte[] buffer = new byte[BUFFER];
        int entries = 0;
        long total = 0;
        for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
            if (++entries > limits.maxEntries()) {
                throw new FileRejected(
                        "El zip tiene más de " + limits.maxEntries() + " entradas (archivos o carpetas).");
            }
            String name = checkedName(entry.getName());
            Path target = entry.isDirectory() || ignored(name) ? null : target(dir, name, written);
            long compressedStart = raw.count;
            long entryBytes = 0;
            try (OutputStream out = open(target, written)) {
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    entryBytes += n;
                    total += n;
                    if (total > limits.maxBytes()) {
                        throw new FileRejected(
                                "El zip descomprimido supera el máximo de " + megabytes(limits.maxBytes()) + " MB.");
                    }
                    long compressed = Math.max(1, raw.count - compressedStart);
                    if (entryBytes > RATIO_THRESHOLD && entryBytes / compressed > limits.maxRatio()) {
                        throw new FileRejected("El archivo '" + name + "' del zip se comprime más de "
                                + limits.maxRatio() + " veces: parece una bomba zip y no se procesa.");
                    }
                    out.write(buffer, 0, n);
                }
            }
        }
    }

    /** The entry name with '/' separators, or a rejection if it could leave the target folder. */
    static String checkedName(String rawName) {
        String name = rawName.replace('\\', '/');
        boolean unsafe =
                name.isEmpty() || name.startsWith("/") || DRIVE.matcher(name).matches() || name.indexOf('\0') >= 0;
        for (String segment : name.split("/")) {
            unsafe |= segment.equals("..");
        }
        if (unsafe) {
            throw new FileRejected("El zip contiene una ruta no permitida: '" + rawName
                    + "'. Comprima solo los archivos de la capa, sin rutas absolutas ni '..'.");
        }
        return name;
    }

    private static boolean ignored(String name) {
        String base = baseName(name);
        return ("/" + name).contains("/__MACOSX/") || base.startsWith("._") || base.isEmpty();
    }

    private static Path target(Path dir, String name, Map<String, Path> written) {
        String key = baseName(name).toLowerCase(Locale.ROOT);
        if (written.containsKey(key)) {
            throw new FileRejected("El zip contiene dos archivos llamados '" + key
                    + "' (en carpetas distintas). Suba una sola capa por zip.");
        }
        Path target = dir.resolve(key).normalize();
        if (!target.getParent().equals(dir) || key.equals(".") || key.equals("..")) {
            throw new FileRejected("El zip contiene una ruta no permitida: '" + name + "'.");
        }
        return target;
    }

    /** A new file (never an existing one or a link), remembered for deletion on rejection. */
    private static OutputStream open(Path target, Map<String, Path> written) throws IOException {
        if (target == null) {
            return OutputStream.nullOutputStream();
        }
        OutputStream out = Files.newOutputStream(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        written.put(target.getFileName().toString(), target);
        return out;
    }

    private static String baseName(String name) {
        String trimmed = name.endsWith("/") ? name.substring(0, name.length() - 1) : name;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** Names without the UTF-8 flag are CP437 by the zip specification; never fails on any byte. */
    private static Charset namesCharset() {
        return Charset.isSupported("IBM437") ? Charset.forName("IBM437") : StandardCharsets.ISO_8859_1;
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static void deleteQuietly(Map<String, Path> written) {
        for (Path p : written.values()) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // best effort: the caller owns the folder and removes it
            }
        }
    }

    /** Counts the compressed bytes read from the upload. */
    private static final class CountingStream extends FilterInputStream {
        long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}

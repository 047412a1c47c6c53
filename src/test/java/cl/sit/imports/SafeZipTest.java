package cl.sit.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafeZipTest {

    private static final long MIB = 1024 * 1024;

    /** 600 MiB of zeros in one entry: about 600 KB compressed. */
    private static byte[] bomb;

    @TempDir
    Path tmp;

    @BeforeAll
    static void makeBomb() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        byte[] zeros = new byte[(int) MIB];
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("capa.shp"));
            for (int i = 0; i < 600; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        bomb = bytes.toByteArray();
    }

    @Test
    void extractsFlatteningFoldersAndLowerCasingNames() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("Capas/Ríos.SHP", bytes("shp"));
        files.put("Capas/Ríos.dbf", bytes("dbf"));
        files.put("__MACOSX/Capas/._Ríos.SHP", bytes("apple"));
        files.put("._Ríos.prj", bytes("apple"));
        Map<String, Path> out = SafeZip.extract(zip(files, "Capas/"), tmp, SafeZip.Limits.DEFAULT);
        assertThat(out).containsOnlyKeys("ríos.shp", "ríos.dbf");
        assertThat(out.get("ríos.shp")).isEqualTo(tmp.resolve("ríos.shp"));
        assertThat(Files.readString(out.get("ríos.dbf"))).isEqualTo("dbf");
        try (Stream<Path> written = Files.list(tmp)) {
            assertThat(written).hasSize(2);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../evil.shp",
                "/abs.shp",
                "..\\evil",
                "capa/../../evil.shp",
                "C:evil.shp",
                "c:\\windows\\evil.shp",
                "\\\\server\\evil.shp",
                "a\\..\\..\\evil.shp"
            })
    void rejectsNamesThatLeaveTheFolder(String name) throws IOException {
        Path target = tmp.resolve("target");
        assertThatThrownBy(() -> SafeZip.extract(zip(Map.of(name, bytes("x"))), target, SafeZip.Limits.DEFAULT))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("ruta no permitida");
        try (Stream<Path> all = Files.walk(tmp)) {
            assertThat(all.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void stopsAZipBombByItsCompressionRatio() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> SafeZip.extract(new ByteArrayInputStream(bomb), tmp, SafeZip.Limits.DEFAULT))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("bomba zip");
        assertThat(bomb.length).isLessThan((int) MIB);
        assertThat(tmp.resolve("capa.shp")).doesNotExist();
        assertThat(System.nanoTime() - start).as("stops early").isLessThan(5_000_000_000L);
    }

    @Test
    void stopsAZipBombByTheBytesReallyInflated() {
        SafeZip.Limits small = new SafeZip.Limits(10, 8 * MIB, 100_000);
        assertThatThrownBy(() -> SafeZip.extract(new ByteArrayInputStream(bomb), tmp, small))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("supera el máximo de 8 MB");
        assertThat(tmp.resolve("capa.shp")).doesNotExist();
    }

    @Test
    void countsBytesOverAllEntriesIncludingIgnoredOnes() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("capa.dbf", new byte[600_000]);
        files.put("__MACOSX/._capa.dbf", new byte[600_000]);
        SafeZip.Limits small = new SafeZip.Limits(10, 1_000_000, 100_000);
        assertThatThrownBy(() -> SafeZip.extract(zip(files), tmp, small))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("supera el máximo");
        assertThat(tmp.resolve("capa.dbf")).as("deleted on rejection").doesNotExist();
    }

    @Test
    void acceptsAnEntryJustUnderTheLimits() throws IOException {
        SafeZip.Limits limits = new SafeZip.Limits(2, 600_000, 100_000);
        Map<String, Path> out = SafeZip.extract(zip(Map.of("capa.dbf", new byte[600_000])), tmp, limits);
        assertThat(Files.size(out.get("capa.dbf"))).isEqualTo(600_000);
    }

    @Test
    void rejectsTooManyEntries() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (int i = 0; i < 6; i++) {
            files.put("f" + i + ".txt", bytes("x"));
        }
        assertThatThrownBy(() -> SafeZip.extract(zip(files), tmp, new SafeZip.Limits(5, MIB, 200)))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("más de 5 entradas");
    }

    @Test
    void rejectsTwoFilesWithTheSameNameInDifferentFolders() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("a/rios.shp", bytes("1"));
        files.put("b/RIOS.shp", bytes("2"));
        assertThatThrownBy(() -> SafeZip.extract(zip(files), tmp, SafeZip.Limits.DEFAULT))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("'rios.shp'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "rios.shp,rios.dbf", "%PDF-1.7 no es un zip"})
    void rejectsWhatIsNotAZip(String content) {
        ByteArrayInputStream upload = new ByteArrayInputStream(bytes(content));
        assertThatThrownBy(() -> SafeZip.extract(upload, tmp, SafeZip.Limits.DEFAULT))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("no es un zip válido");
    }

    @Test
    void rejectsATruncatedZip() throws IOException {
        byte[] whole = zip(Map.of("capa.dbf", new byte[100_000])).readAllBytes();
        byte[] cut = Arrays.copyOf(whole, whole.length / 2);
        assertThatThrownBy(() -> SafeZip.extract(new ByteArrayInputStream(cut), tmp, SafeZip.Limits.DEFAULT))
                .isInstanceOf(FileRejected.class)
                .hasMessageContaining("zip");
    }

    private static ByteArrayInputStream zip(Map<String, byte[]> files, String... folders) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String folder : folders) {
                zip.putNextEntry(new ZipEntry(folder));
                zip.closeEntry();
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}

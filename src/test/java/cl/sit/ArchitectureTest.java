package cl.sit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.system.Owns;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules that keep the packages as the README describes them: plain-Java packages stay free of Spring, the OGC
 * API package free of JDBC, no cycles between capability packages, every package says on its
 * {@code package-info.java} ({@link Owns}) which tables it writes and which of other packages' tables it reads, and
 * the SQL files beside its classes agree: a table is written by its owner only.
 */
class ArchitectureTest {

    private static final Path SQL = Path.of("src/main/resources/cl/sit");
    private static final Path JAVA = Path.of("src/main/java/cl/sit");
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:insert\\s+into|update|delete\\s+from|merge\\s+into)\\s+\"?([a-z_][a-z0-9_]*)\\b",
            Pattern.CASE_INSENSITIVE);
    /** In Java strings only upper-case SQL counts, so that prose such as "update o delete" does not. */
    private static final Pattern JAVA_WRITE =
            Pattern.compile("\\b(?:INSERT\\s+INTO|UPDATE|DELETE\\s+FROM|MERGE\\s+INTO)\\s+\"?([a-z_][a-z0-9_]*)\\b");

    private static final Pattern READ =
            Pattern.compile("\\b(?:from|join)\\s+\"?([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);
    private static final Pattern JAVA_STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");
    private static final Set<String> SQL_WORDS = Set.of("set", "select");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cl.sit");
    }

    @Test
    void plainJavaPackagesDoNotUseSpring() {
        noClasses()
                .that()
                .resideInAnyPackage(
                        "cl.sit.analysis..",
                        "cl.sit.crs..",
                        "cl.sit.filter..",
                        "cl.sit.shapefile..",
                        "cl.sit.geojson..",
                        "cl.sit.geometry..",
                        "cl.sit.imports..",
                        "cl.sit.openapi..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .because("they are plain Java on JTS, usable and testable without the application")
                .check(classes);
    }

    @Test
    void theOgcApiDoesNotUseJdbc() {
        noClasses()
                .that()
                .resideInAPackage("cl.sit.ogcapi..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "javax.sql..", "org.springframework.jdbc..")
                .because("the OGC API reads features through the layer package's FeatureStore")
                .check(classes);
    }

    @Test
    void capabilityPackagesAreFreeOfCycles() {
        slices().matching("cl.sit.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void everyPackageSaysWhatItOwns() {
        List<String> missing = new ArrayList<>();
        for (String pkg : packages()) {
            if (owns(pkg) == null) {
                missing.add(pkg);
            }
        }
        assertThat(missing)
                .as("packages with no package-info.java annotated @Owns")
                .isEmpty();
    }

    @Test
    void noTableIsOwnedTwice() {
        Map<String, List<String>> owners = new TreeMap<>();
        for (String pkg : packages()) {
            for (String table : tables(pkg)) {
                owners.computeIfAbsent(table, t -> new ArrayList<>()).add(pkg);
            }
        }
        assertThat(owners).isNotEmpty();
        assertThat(owners.entrySet().stream()
                        .filter(e -> e.getValue().size() > 1)
                        .map(String::valueOf)
                        .toList())
                .isEmpty();
    }

    @Test
    void eachTableIsWrittenByItsOwnerOnly() {
        Map<String, Set<String>> written = new TreeMap<>();
        sqlFiles()
                .forEach((pkg, texts) -> texts.forEach(sql ->
                        written.computeIfAbsent(pkg, p -> new TreeSet<>()).addAll(matches(WRITE, sql))));
        javaStrings()
                .forEach((pkg, texts) -> texts.forEach(
                        s -> written.computeIfAbsent(pkg, p -> new TreeSet<>()).addAll(matches(JAVA_WRITE, s))));
        assertThat(written.values().stream().mapToInt(Set::size).sum()).isGreaterThan(30);
        List<String> violations = new ArrayList<>();
        written.forEach((pkg, tables) -> tables.stream()
                .filter(t -> !SQL_WORDS.contains(t.toLowerCase()))
                .filter(t -> !tables(pkg).contains(t.toLowerCase()))
                .forEach(t -> violations.add(pkg + " writes " + t + ", owned by " + owner(t))));
        assertThat(violations).isEmpty();
    }

    @Test
    void readsOfOtherPackagesTablesAreDeclared() {
        Map<String, String> ownerOf = new TreeMap<>();
        packages().forEach(pkg -> tables(pkg).forEach(t -> ownerOf.put(t, pkg)));
        List<String> wrong = new ArrayList<>();
        for (String pkg : packages()) {
            Set<String> found = new TreeSet<>();
            sqlFiles().getOrDefault(pkg, List.of()).forEach(sql -> matches(READ, sql).stream()
                    .map(String::toLowerCase)
                    .filter(t -> ownerOf.containsKey(t) && !ownerOf.get(t).equals(pkg))
                    .forEach(found::add));
            Set<String> declared = new TreeSet<>(
                    Arrays.asList(owns(pkg) == null ? new String[0] : owns(pkg).reads()));
            if (!found.equals(declared)) {
                wrong.add(pkg + " reads " + found + ", declares " + declared);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theReadmeNamesEveryPackage() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        String where = readme.substring(readme.indexOf("## Where things live"));
        where = where.substring(0, where.indexOf("\n## ", 3));
        List<String> unnamed = new ArrayList<>();
        for (String pkg : packages()) {
            if (!where.contains("`" + pkg.substring("cl.sit.".length()) + "`")) {
                unnamed.add(pkg);
            }
        }
        assertThat(unnamed)
                .as("packages missing from the README's \"Where things live\"")
                .isEmpty();
    }

    private static Set<String> packages() {
        return classes.stream()
                .map(JavaClass::getPackageName)
                .filter(p -> p.startsWith("cl.sit."))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Owns owns(String pkg) {
        try {
            return Class.forName(pkg + ".package-info").getAnnotation(Owns.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    private static Set<String> tables(String pkg) {
        Owns owns = owns(pkg);
        return owns == null ? Set.of() : Set.of(owns.tables());
    }

    private static String owner(String table) {
        return packages().stream()
                .filter(p -> tables(p).contains(table.toLowerCase()))
                .findFirst()
                .orElse("no package");
    }

    private static Set<String> matches(Pattern pattern, String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = pattern.matcher(text.replaceAll("--[^\n]*", ""));
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The SQL files of each package, by package name (the folder beside its classes). */
    private static Map<String, List<String>> sqlFiles() {
        return texts(SQL, ".sql", s -> List.of(s));
    }

    /** The string literals in each package's Java sources, by package name. */
    private static Map<String, List<String>> javaStrings() {
        return texts(JAVA, ".java", s -> {
            List<String> out = new ArrayList<>();
            Matcher m = JAVA_STRING.matcher(s);
            while (m.find()) {
                out.add(m.group(1));
            }
            return out;
        });
    }

    private static Map<String, List<String>> texts(
            Path root, String suffix, java.util.function.Function<String, List<String>> parts) {
        Map<String, List<String>> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(suffix)).toList()) {
                String pkg =
                        "cl.sit." + root.relativize(f.getParent()).toString().replace('/', '.');
                out.computeIfAbsent(pkg, p -> new ArrayList<>()).addAll(parts.apply(Files.readString(f)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}

package cl.sit.investment;

import cl.sit.analysis.TerritorySplit;
import cl.sit.geojson.GeoJsonReader;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.storage.Batches;
import cl.sit.storage.SqlFiles;
import cl.sit.system.InputLimits;
import cl.sit.system.Phases;
import cl.sit.territory.CodeCrosswalk;
import cl.sit.territory.CodeCrosswalk.CommuneCodes;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;

/**
 * Imports investment projects from CSV (BIP/BIDAT-like columns, see {@link ProjectRows}) or a GeoJSON feature
 * collection, all or nothing: every row is validated first, and any error rejects the whole file with the list of
 * errors. Imported projects are linked to their communes like any other write. A commune code no longer in force
 * (e.g. 10501, Valdivia in the Región de Los Lagos before 2007-10-02) is read through the crosswalk as the commune
 * that replaced it (14101), and the result says so. Every project written gets its entry in {@link ProjectHistory}
 * in the same transaction; rows that need a look without being errors come back as warnings
 * ({@link ImportWarnings}). A preview ({@link Options#preview}) does all of it and rolls it back.
 */
@Component
class ProjectImport {

    private static final Logger log = LoggerFactory.getLogger(ProjectImport.class);

    /** Beyond this many errors the list is cut (the file is rejected either way). */
    static final int MAX_ERRORS = 200;

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final InvestmentWriter writer;
    private final CodeCrosswalk crosswalk;
    private final ProjectHistory history;
    private final int maxVertices;

    /**
     * What an import wrote.
     *
     * @param ids ids of the new projects, in file order
     * @param mapped old commune codes read as the communes in force that replaced them
     * @param warnings rows imported that need a look ({@link ImportWarnings}), by row
     * @param preview true when nothing was kept ({@link Options#preview}): {@code ids} is then empty
     */
    record Result(
            List<Integer> ids, List<MappedCode> mapped, List<ImportError> warnings, Counts counts, boolean preview) {}

    /** How many rows made new projects, replaced a project with the same BIP code, or matched it unchanged. */
    record Counts(int created, int updated, int unchanged) {}

    /**
     * How to read a file.
     *
     * @param unit unit of cost columns whose header declares none, or null
     * @param update whether a stored BIP code updates that project ({@code modo=actualizar}) instead of being
     *     refused as repeated
     * @param preview whether to validate and write everything in a transaction that is then rolled back
     *     ({@code vista_previa=true}): the result says what the import would do, and nothing is kept
     */
    record Options(Amounts.Unit unit, boolean update, boolean preview) {}

    ProjectImport(
            JdbcTemplate jdbc,
            SqlFiles sql,
            InvestmentWriter writer,
            CodeCrosswalk crosswalk,
            ProjectHistory history,
            InputLimits limits) {
        this.history = history;
        this.maxVertices = limits.maxVertices();
        this.crosswalk = crosswalk;
        this.jdbc = jdbc;
        this.sql = sql;
        this.writer = writer;
    }

    /** Imports a CSV file; {@code username} is who imports it (for the projects' history). */
    @Transactional
    Result csv(InputStream in, String fileName, Options options, String username) throws IOException {
        long start = System.nanoTime();
        ProjectRows rows = rows(fileName, options);
        List<InvestmentProject> projects = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true)
                .setDelimiter(sniffDelimiter(in))
                .get();
        int n = 0;
        try (CSVParser parser = format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (CSVRecord record : parser) {
                n++;
                Map<String, String> row = new TreeMap<>();
                record.toMap()
                        .forEach((k, v) ->
                                row.put(k.strip().toLowerCase(Locale.ROOT).replace("\uFEFF", ""), v));
                add(projects, rows.project(n, row, null));
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            // Duplicate or empty column names, an unclosed quote: the file cannot be read as a table.
            // The parser's own message is English library text: the user gets the row and what to look for.
            throw new ImportRejected(List.of(new ImportError(
                    n + 1,
                    null,
                    "CSV mal formado: revise las comillas "
                            + "(una sin cerrar) y los nombres de columna (vacíos o repetidos)")));
        }
        if (n == 0) {
            throw new ImportRejected(List.of(new ImportError(0, null, "El archivo no tiene filas de datos")));
        }
        log.debug("import: {} rows read and checked in {} ms", n, (System.nanoTime() - start) / 1_000_000);
        return write(rows, projects, options, new ProjectHistory.Origin(username, ProjectHistory.IMPORT, fileName));
    }

    /** Imports a GeoJSON feature collection; {@code username} is who imports it. */
    @Transactional
    Result geojson(InputStream in, String fileName, Options options, String username) throws IOException {
        ProjectRows rows = rows(fileName, options);
        List<InvestmentProject> projects = new ArrayList<>();
        List<SourceFeature> features;
        try {
            features = GeoJsonReader.readFeatures(in);
        } catch (RuntimeException e) {
            throw new ImportRejected(List.of(new ImportError(0, null, "No es un GeoJSON FeatureCollection válido")));
        }
        int n = 0;
        for (SourceFeature f : features) {
            n++;
            Map<String, String> row = new TreeMap<>();
            f.properties().forEach((k, v) -> row.put(k.toLowerCase(Locale.ROOT), ProjectRows.text(v)));
            if (f.geometry() == null) {
                rows.errors().add(new ImportError(n, "geometry", "Elemento sin geometría"));
                continue;
            }
            add(projects, rows.project(n, row, f.geometry()));
        }
        if (n == 0) {
            throw new ImportRejected(List.of(new ImportError(0, null, "El archivo no tiene elementos")));
        }
        return write(rows, projects, options, new ProjectHistory.Origin(username, ProjectHistory.IMPORT, fileName));
    }

    private ProjectRows rows(String fileName, Options options) {
        return new ProjectRows(
                communeCodes(jdbc, sql, crosswalk),
                "Importación" + (fileName == null ? "" : " de " + fileName),
                maxVertices,
                options.unit());
    }

    /** The stored codes among a file's, asked by chunks of the unique index (none in update mode). */
    private StoredBipCodes storedCodes(Options options) {
        if (options.update()) {
            return StoredBipCodes.NONE;
        }
        return codes -> {
            Set<String> found = new HashSet<>();
            for (int from = 0; from < codes.size(); from += Batches.SIZE) {
                Object[] chunk = codes.subList(from, Math.min(codes.size(), from + Batches.SIZE))
                        .toArray();
                found.addAll(jdbc.queryForList(
                        sql.get(ProjectImport.class, "select-stored-bip-codes"),
                        String.class,
                        new SqlArrayValue("varchar", chunk)));
            }
            return found;
        };
    }

    private static void add(List<InvestmentProject> projects, InvestmentProject p) {
        if (p != null) {
            projects.add(p);
        }
    }

    /** The commune codes in force, and the old ones the crosswalk maps to them. */
    static CommuneCodes communeCodes(JdbcTemplate jdbc, SqlFiles sql, CodeCrosswalk crosswalk) {
        return crosswalk.communeCodes(
                jdbc.queryForList(sql.get(ProjectImport.class, "select-commune-cuts"), String.class));
    }

    /**
     * Writes valid rows: new projects inserted, and in update mode the projects with a stored BIP code replaced
     * when they changed, each with its history entry. Any error rejects the file first, so project i is row (or
     * feature) i + 1. A preview then marks the transaction for rollback.
     */
    private Result write(
            ProjectRows rows, List<InvestmentProject> projects, Options options, ProjectHistory.Origin origin) {
        rows.checkStored(storedCodes(options));
        if (!rows.errors().isEmpty()) {
            List<ImportError> errors = rows.errors();
            throw new ImportRejected(errors.size() > MAX_ERRORS ? errors.subList(0, MAX_ERRORS) : errors);
        }
        Phases phases = Phases.start(log, "import of " + projects.size() + " rows");
        BipUpdate stored = options.update() ? new BipUpdate(jdbc, sql) : null;
        Integer[] ids = new Integer[projects.size()];
        List<Integer> fresh = new ArrayList<>();
        List<Integer> changed = new ArrayList<>();
        List<ProjectHistory.Pending> entries = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            InvestmentProject p = projects.get(i);
            ids[i] = stored == null ? null : stored.existing(p.bipCode());
            if (ids[i] == null) {
                fresh.add(i);
            } else if (stored.changed(p)) {
                entries.add(new ProjectHistory.Pending(
                        ids[i], p.bipCode(), ProjectHistory.UPDATED, stored.replace(jdbc, sql, history, p)));
                changed.add(i);
            }
        }
        phases.mark("stored codes compared");
        Map<Integer, TerritorySplit.Result> links = insertAndRelink(projects, fresh, changed, ids);
        phases.mark("written and linked");
        history.record(origin, withCreations(entries, projects, fresh, ids));
        phases.mark("history");
        phases.done();
        List<ImportError> warnings = ImportWarnings.of(links, rows.mapped());
        Counts counts = new Counts(fresh.size(), changed.size(), projects.size() - fresh.size() - changed.size());
        if (options.preview()) {
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return new Result(List.of(), List.copyOf(rows.mapped()), warnings, counts, true);
        }
        rows.mapped()
                .forEach(m -> log.info(
                        "Import: row {} commune code {} read as {} ({}), in force since {}",
                        m.fila(),
                        m.codigoAnterior(),
                        m.codigoNuevo(),
                        m.nombre(),
                        m.fechaCambio()));
        return new Result(List.of(ids), List.copyOf(rows.mapped()), warnings, counts, false);
    }

    /**
     * Inserts the new projects (rows {@code fresh}), filling in their ids, and re-links the
     * replaced ones (rows {@code changed}); returns each written row's split by row index.
     */
    private Map<Integer, TerritorySplit.Result> insertAndRelink(
            List<InvestmentProject> projects, List<Integer> fresh, List<Integer> changed, Integer[] ids) {
        InvestmentWriter.Written written =
                writer.insertLinked(jdbc, fresh.stream().map(projects::get).toList());
        Map<Integer, TerritorySplit.Result> links = new TreeMap<>();
        for (int k = 0; k < fresh.size(); k++) {
            ids[fresh.get(k)] = written.ids().get(k);
            links.put(fresh.get(k), written.links().get(k));
        }
        if (!changed.isEmpty()) {
            List<TerritorySplit.Result> relinked = writer.relink(
                    jdbc,
                    changed.stream().map(i -> ids[i]).toList(),
                    changed.stream().map(i -> projects.get(i).geometry()).toList());
            for (int k = 0; k < changed.size(); k++) {
                links.put(changed.get(k), relinked.get(k));
            }
        }
        return links;
    }

    /**
     * The history entries of a write: {@code updated}, then one creation entry per new project (rows {@code fresh},
     * ids filled in), each made as the history writes it: 100,000 at once were 200 MB of the heap.
     */
    private static List<ProjectHistory.Pending> withCreations(
            List<ProjectHistory.Pending> updated,
            List<InvestmentProject> projects,
            List<Integer> fresh,
            Integer[] ids) {
        return new AbstractList<>() {
            @Override
            public ProjectHistory.Pending get(int k) {
                if (k < updated.size()) {
                    return updated.get(k);
                }
                int row = fresh.get(k - updated.size());
                InvestmentProject p = projects.get(row);
                return new ProjectHistory.Pending(
                        ids[row], p.bipCode(), ProjectHistory.CREATED, ProjectState.created(p));
            }

            @Override
            public int size() {
                return updated.size() + fresh.size();
            }
        };
    }

    /** Semicolon when the header line has more semicolons than commas (spreadsheets in Spanish write them). */
    private static char sniffDelimiter(InputStream in) throws IOException {
        in.mark(8192);
        byte[] head = in.readNBytes(8192);
        in.reset();
        String first =
                new String(head, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}

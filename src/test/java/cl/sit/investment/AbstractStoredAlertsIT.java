package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.analysis.ProgrammeOverlap;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import net.sf.geographiclib.Geodesic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Point;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The stored screening and overlap pairs follow every write (create, edit, import, delete), all or nothing, and are
 * served in stable pages with totals; a distance above the stored one is a 400. On the store of the subclass.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractStoredAlertsIT {

    static final String STAFF = "inversion-alertas:clave-inversion-alertas";
    static final String HEADER = "EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,FUENTE,EBI_COSTO_TOTAL,CMN_CLAVE,"
            + "ANIO_INICIO,ANIO_FIN,LON,LAT,WKT\n";

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InvestmentWriter writer;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    StoredAlerts alerts;

    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        String[] u = STAFF.split(":");
        if (!users.exists(u[0])) {
            users.create(u[0], u[1], List.of(Role.INVERSION));
        }
    }

    @AfterEach
    void removeImported() {
        jdbc.update("DELETE FROM investment_project WHERE fuente_datos LIKE 'Importación%' OR fuente_datos = 'prueba'");
    }

    @Test
    void rowsAreWrittenOnCreateChangedOnEditAndRemovedOnDelete() {
        Point inside = Wkb.read(jdbc.queryForObject(
                        "SELECT ST_AsBinary(geom) FROM protected_area ORDER BY codigo FETCH FIRST 1 ROWS ONLY",
                        byte[].class))
                .getInteriorPoint();
        String csv = HEADER
                + row("40000901-1", "Posta dentro del área", "FNDR", "Salud", inside.getX(), inside.getY())
                + row(
                        "40000902-K",
                        "Multicancha junto a la posta",
                        "PMU",
                        "Deportes",
                        inside.getX() + 0.0005,
                        inside.getY());
        HttpResponse<String> imported = http.send("POST", "/api/investments/import", csv, "text/csv", STAFF);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        int a = Http.parse(imported.body()).get("ids").get(0).asInt();
        int b = Http.parse(imported.body()).get("ids").get(1).asInt();

        assertThat(pair(a, b)).isEqualTo("cercania_anios");
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM investment_screening WHERE project_id = ? AND dentro AND principal",
                        Integer.class,
                        a))
                .isEqualTo(1);
        JsonNode row = screeningRow(a);
        assertThat(row.get("estado").asString()).isEqualTo("dentro");
        assertThat(row.get("codigo_bip").asString()).isEqualTo("40000901-1");
        assertThat(row.get("areas")).isNotEmpty();

        // Moved to where a stored project is flagged by nothing, far from a: its pair and its screening go.
        Point far = Wkb.read(jdbc.queryForObject("""
                SELECT ST_AsBinary(p.geom) FROM investment_project p
                WHERE ST_GeometryType(p.geom) IN ('POINT', 'ST_Point')
                  AND NOT EXISTS (SELECT 1 FROM investment_screening s WHERE s.project_id = p.id)
                ORDER BY p.id FETCH FIRST 1 ROWS ONLY""", byte[].class)).getInteriorPoint();
        assertThat(Geodesic.WGS84.Inverse(far.getY(), far.getX(), inside.getY(), inside.getX()).s12)
                .isGreaterThan(2000);
        HttpResponse<String> edited = http.send(
                "PUT", "/api/investments/" + b, feature(far), "application/geo+json", STAFF, "If-Match", "\"1\"");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(pair(a, b)).isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM investment_screening WHERE project_id = ?", Integer.class, b))
                .isZero();
        assertThat(screeningRow(b)).isNull();

        // Moved back: the pair is there again; removing a takes its rows.
        http.send("PUT", "/api/investments/" + b, feature(inside), "application/geo+json", STAFF, "If-Match", "\"2\"");
        assertThat(pair(a, b)).isEqualTo("cercania_anios");
        jdbc.update("DELETE FROM investment_project WHERE id = ?", a);
        assertThat(pair(a, b)).isNull();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM investment_screening WHERE project_id = ?", Integer.class, a))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM investment_overlap WHERE proyecto_a = ? OR proyecto_b = ?",
                        Integer.class,
                        a,
                        a))
                .isZero();
    }

    @Autowired
    OverlapPages overlapPages;

    @Autowired
    Coincidences coincidences;

    @Autowired
    cl.sit.territory.UnitShares unitShares;

    @Autowired
    cl.sit.storage.SqlFiles sqlFiles;

    /**
     * Coincidences kept when projects are written are those of every project, after an import adds to them and
     * after a hand delete.
     */
    @Test
    void keptCoincidencesAreTheCellsOfEveryProject() {
        List<String> province = jdbc.queryForList(
                "SELECT cut FROM territory WHERE nivel = 'comuna' AND cut LIKE '141%' ORDER BY cut", String.class);
        List<ProjectsInTerritory> territories = List.of(
                ProjectsInTerritory.ALL,
                new ProjectsInTerritory("14101", List.of("14101")),
                new ProjectsInTerritory("141", province));
        // Other tests delete their projects by hand: compute every unit's kept figures again, so they are read here;
        // the projects imported then are added to them (UnitInvestment.add).
        tx.executeWithoutResult(status -> unitShares.refreshInvestment(jdbc));
        String csv = HEADER
                + row("40000906-2", "Posta rural A", "FNDR", "Salud", -73.245, -39.814)
                + row("40000907-0", "Posta rural B", "PMU", "Salud", -73.246, -39.815);
        HttpResponse<String> imported = http.send("POST", "/api/investments/import", csv, "text/csv", STAFF);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        assertThat(unitShares.investmentCurrent(jdbc, province)).isTrue();
        for (ProjectsInTerritory t : territories) {
            assertThat(cells(coincidences.page(2003, 2030, t, 10_000, 0)))
                    .as(t.unit())
                    .isNotEmpty()
                    .isEqualTo(liveCells(t))
                    .contains("14101/Salud/2025/FNDR+PMU");
            // Every page says how many cells there are, a page past the last one too.
            int all = liveCells(t).size();
            assertThat(coincidences.page(2003, 2030, t, 1, 0).numberMatched())
                    .as(t.unit())
                    .isEqualTo(all);
            Coincidences.Page past = coincidences.page(2003, 2030, t, 5, all + 3);
            assertThat(past.coincidencias()).isEmpty();
            assertThat(past.numberMatched()).as(t.unit()).isEqualTo(all);
        }
        jdbc.update("DELETE FROM investment_project WHERE codigo_bip = '40000907-0'");
        for (ProjectsInTerritory t : territories) {
            assertThat(cells(coincidences.page(2003, 2030, t, 10_000, 0)))
                    .as(t.unit())
                    .isEqualTo(liveCells(t));
        }
    }

    private static List<String> cells(Coincidences.Page page) {
        return page.coincidencias().stream()
                .map(c -> c.comuna() + "/" + c.sector() + "/" + c.anio() + "/"
                        + String.join(
                                "+",
                                c.programas().stream()
                                        .map(Coincidences.Programme::programa)
                                        .sorted()
                                        .toList()))
                .toList();
    }

    /** The cells computed from every project, in the page's order. */
    private List<String> liveCells(ProjectsInTerritory t) {
        String cells = sqlFiles.get(Coincidences.class, "coincidences");
        return jdbc.query(
                "SELECT * FROM (" + cells + ") c ORDER BY programas DESC, proyectos DESC, comuna, sector, anio",
                (rs, i) -> rs.getString(1) + "/" + rs.getString(2) + "/" + rs.getInt(3) + "/"
                        + String.join(
                                "+",
                                jdbc
                                        .query(
                                                sqlFiles.get(Coincidences.class, "coincidence-programmes"),
                                                (p, j) -> p.getString(1),
                                                rs.getString(1),
                                                rs.getString(2),
                                                rs.getInt(3))
                                        .stream()
                                        .sorted()
                                        .toList()),
                2003,
                2030,
                t.communes().size(),
                new org.springframework.jdbc.support.SqlArrayValue(
                        "varchar", t.communes().toArray()));
    }

    /** A territory's pairs read through the pair indexes or in one pass over every pair are the same pairs. */
    @Test
    void bothWaysOfReadingATerritorysPairsAgree() {
        for (String unit : List.of("14101", "14102", "141", "14")) {
            ProjectsInTerritory territory = new ProjectsInTerritory(unit, List.of());
            OverlapReport indexed = overlapPages.page(500, 500, territory, 10_000, 0, false, true);
            OverlapReport scanned = overlapPages.page(500, 500, territory, 10_000, 0, false, false);
            assertThat(indexed.numberMatched()).as(unit).isPositive().isEqualTo(scanned.numberMatched());
            assertThat(ids(indexed))
                    .as(unit)
                    .hasSize((int) indexed.numberMatched())
                    .isEqualTo(ids(scanned));
            assertThat(indexed.perReason()).as(unit).isEqualTo(scanned.perReason());
            OverlapReport second = overlapPages.page(500, 500, territory, 5, 5, false, true);
            assertThat(ids(second)).as(unit).isEqualTo(ids(indexed).subList(5, 10));
        }
    }

    private static List<String> ids(OverlapReport report) {
        return report.pairs().stream().map(p -> p.a().id() + "-" + p.b().id()).toList();
    }

    /** The reconciliation reads the review flag kept with each link: an edit that moves a project moves it too. */
    @Test
    void theReviewFlagFollowsEdits() {
        String csv = HEADER + row("40000905-4", "Sede declarada en Valdivia", "FRIL", "Deportes", -73.245, -39.814);
        HttpResponse<String> imported = http.send("POST", "/api/investments/import", csv, "text/csv", STAFF);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        int id = Http.parse(imported.body()).get("ids").get(0).asInt();
        assertThat(reviewed(id)).isEmpty();

        // Moved to Corral while still declaring Valdivia: listed in both, as a different commune.
        Point corral = new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(-73.43, -39.88));
        String moved = feature(corral).replace("40000902-K", "40000905-4");
        assertThat(http.send("PUT", "/api/investments/" + id, moved, "application/geo+json", STAFF, "If-Match", "\"1\"")
                        .statusCode())
                .isEqualTo(200);
        assertThat(reviewed(id)).containsExactly("comuna_distinta");
        assertThat(http.json("/api/investments/reconciliation?limit=1000&territorio=14102")
                        .toString())
                .contains("40000905-4");

        Point valdivia = new org.locationtech.jts.geom.GeometryFactory()
                .createPoint(new org.locationtech.jts.geom.Coordinate(-73.245, -39.814));
        assertThat(http.send(
                                "PUT",
                                "/api/investments/" + id,
                                feature(valdivia).replace("40000902-K", "40000905-4"),
                                "application/geo+json",
                                STAFF,
                                "If-Match",
                                "\"2\"")
                        .statusCode())
                .isEqualTo(200);
        assertThat(reviewed(id)).isEmpty();
    }

    /** The problems the reconciliation lists for project {@code id}, in Valdivia's list. */
    private List<String> reviewed(int id) {
        List<String> out = new java.util.ArrayList<>();
        for (JsonNode p : http.json("/api/investments/reconciliation?limit=1000&territorio=14101")
                .get("problemas")) {
            if (p.get("id").asInt() == id) {
                out.add(p.get("problema").asString());
            }
        }
        return out;
    }

    @Autowired
    ProjectCatalog catalog;

    @Autowired
    SqlFiles sql;

    @Test
    void candidatePairsReadFromBoxesAreThoseOfOneIndexLookupPerProject() {
        List<ProjectCatalog.Project> all = catalog.all();
        double distance = alerts.overlapDistanceM();
        Map<Integer, List<Integer>> byProject =
                sorted(CandidatePairs.of(jdbc, sql, all, distance, id -> false, 2000, 0, 0));
        Map<Integer, List<Integer>> oneBox = sorted(
                CandidatePairs.of(jdbc, sql, all, distance, id -> false, 2000, Double.MAX_VALUE, Integer.MAX_VALUE));
        Map<Integer, List<Integer>> smallBoxes = sorted(
                CandidatePairs.of(jdbc, sql, all, distance, id -> false, 7, Double.MAX_VALUE, Integer.MAX_VALUE));
        assertThat(byProject.values().stream().mapToInt(List::size).sum())
                .as("candidate pairs of the seeded projects")
                .isGreaterThan(100);
        assertThat(oneBox).isEqualTo(byProject);
        assertThat(smallBoxes).isEqualTo(byProject);
        // As configured: groups spread wide asked project by project, the others from their box.
        assertThat(sorted(CandidatePairs.of(jdbc, sql, all, distance, id -> false)))
                .isEqualTo(byProject);
        // Skipped others are left out the same way.
        int skipped = byProject.values().iterator().next().get(0);
        assertThat(sorted(CandidatePairs.of(
                        jdbc, sql, all, distance, id -> id == skipped, 7, Double.MAX_VALUE, Integer.MAX_VALUE)))
                .isEqualTo(sorted(CandidatePairs.of(jdbc, sql, all, distance, id -> id == skipped, 2000, 0, 0)))
                .allSatisfy((id, others) -> assertThat(others).doesNotContain(skipped));
    }

    private static Map<Integer, List<Integer>> sorted(Map<Integer, List<Integer>> candidates) {
        Map<Integer, List<Integer>> out = new TreeMap<>();
        candidates.forEach((id, others) -> out.put(id, others.stream().sorted().toList()));
        return out;
    }

    @Test
    void recomputingInChunksGivesTheRowsOfTheWholeAnalysis() {
        String pairs =
                "SELECT proyecto_a || '-' || proyecto_b || ':' || motivo || '/' || motivos FROM investment_overlap "
                        + "ORDER BY proyecto_a, proyecto_b";
        String screened = "SELECT project_id || ':' || tipo || ':' || area_codigo FROM investment_screening ORDER BY 1";
        Map<String, List<String>> rows = tx.execute(status -> {
            alerts.all(jdbc);
            List<String> wholePairs = jdbc.queryForList(pairs, String.class);
            List<String> wholeScreening = jdbc.queryForList(screened, String.class);
            // Every project again, 7 at a time: most pairs join two chunks.
            List<Integer> ids = jdbc.queryForList("SELECT id FROM investment_project ORDER BY id", Integer.class);
            alerts.throughIndexes(jdbc, ids, 7, false);
            List<String> chunkPairs = jdbc.queryForList(pairs, String.class);
            List<String> chunkScreening = jdbc.queryForList(screened, String.class);
            // From no rows, as for projects just inserted: nothing deleted, a pair across chunks stored once.
            jdbc.update("DELETE FROM investment_overlap");
            jdbc.update("DELETE FROM investment_screening");
            alerts.throughIndexes(jdbc, ids, 7, true);
            List<String> freshPairs = jdbc.queryForList(pairs, String.class);
            List<String> freshScreening = jdbc.queryForList(screened, String.class);
            // Everything again as a portfolio too large for memory is: through the indexes.
            alerts.all(jdbc, 0);
            Map<String, List<String>> out = Map.of(
                    "wholePairs",
                    wholePairs,
                    "wholeScreening",
                    wholeScreening,
                    "pairs",
                    chunkPairs,
                    "screening",
                    chunkScreening,
                    "freshPairs",
                    freshPairs,
                    "freshScreening",
                    freshScreening,
                    "largePairs",
                    jdbc.queryForList(pairs, String.class),
                    "largeScreening",
                    jdbc.queryForList(screened, String.class));
            status.setRollbackOnly();
            return out;
        });
        assertThat(rows.get("wholePairs")).hasSizeGreaterThan(14);
        assertThat(rows.get("pairs")).isEqualTo(rows.get("wholePairs"));
        assertThat(rows.get("screening")).isEqualTo(rows.get("wholeScreening"));
        assertThat(rows.get("freshPairs")).isEqualTo(rows.get("wholePairs"));
        assertThat(rows.get("freshScreening")).isEqualTo(rows.get("wholeScreening"));
        assertThat(rows.get("largePairs")).isEqualTo(rows.get("wholePairs"));
        assertThat(rows.get("largeScreening")).isEqualTo(rows.get("wholeScreening"));
    }

    @Test
    void aFailedWriteLeavesNoRows() {
        int screening = count("investment_screening");
        int overlaps = count("investment_overlap");
        Point p = Wkb.read(jdbc.queryForObject(
                        "SELECT ST_AsBinary(geom) FROM investment_project ORDER BY id FETCH FIRST 1 ROWS ONLY",
                        byte[].class))
                .getInteriorPoint();
        String bad = HEADER
                + row("40000903-8", "Posta", "FNDR", "Salud", p.getX(), p.getY())
                + row("40000904-6", "Sin programa", "", "Salud", p.getX(), p.getY());
        assertThat(http.send("POST", "/api/investments/import", bad, "text/csv", STAFF)
                        .statusCode())
                .isEqualTo(422);
        assertThat(count("investment_screening")).isEqualTo(screening);
        assertThat(count("investment_overlap")).isEqualTo(overlaps);

        // A write that fails after the projects and their rows are stored rolls them all back.
        List<InvestmentProject> copies = jdbc
                .query(
                        "SELECT id FROM investment_project ORDER BY id FETCH FIRST 20 ROWS ONLY",
                        (rs, i) -> rs.getInt(1))
                .stream()
                .map(this::copy)
                .toList();
        int[] inside = new int[2];
        try {
            tx.executeWithoutResult(status -> {
                writer.insert(jdbc, copies);
                inside[0] = count("investment_overlap");
                inside[1] = count("investment_screening");
                throw new IllegalStateException("the import fails after writing");
            });
        } catch (IllegalStateException expected) {
            // Rolled back.
        }
        assertThat(inside[0]).as("pairs of the copies while the write was open").isGreaterThan(overlaps);
        assertThat(count("investment_overlap")).isEqualTo(overlaps);
        assertThat(count("investment_screening")).isEqualTo(screening);
    }

    @Test
    void pagesAndTheirTotalsAreStable() {
        for (String path : List.of(
                "/api/overlaps?por_comuna=true&",
                "/api/screening?margen_m=5000&",
                "/api/overlaps?territorio=141&por_comuna=true&",
                "/api/screening?territorio=141&")) {
            String items = path.startsWith("/api/overlaps") ? "pares" : "filas";
            JsonNode all = http.json(path + "limit=10000");
            long matched = all.get("numberMatched").asLong();
            assertThat(matched).as(path).isEqualTo(all.get(items).size()).isGreaterThan(14);
            List<JsonNode> paged = new ArrayList<>();
            for (int offset = 0; offset < matched; offset += 7) {
                JsonNode page = http.json(path + "limit=7&offset=" + offset);
                assertThat(page.get("numberMatched").asLong()).as(path).isEqualTo(matched);
                String totals = path.startsWith("/api/overlaps") ? "por_motivo" : "por_tipo";
                assertThat(page.get(totals)).isEqualTo(all.get(totals));
                assertThat(page.get(path.startsWith("/api/overlaps") ? "por_comuna" : "por_territorio"))
                        .isEqualTo(all.get(path.startsWith("/api/overlaps") ? "por_comuna" : "por_territorio"));
                page.get(items).forEach(paged::add);
            }
            List<JsonNode> whole = new ArrayList<>();
            all.get(items).forEach(whole::add);
            assertThat(paged).as(path).isEqualTo(whole);
        }
        JsonNode screening = http.json("/api/screening?limit=10000");
        assertThat(screening.get("dentro").asInt() + screening.get("cerca").asInt())
                .isEqualTo(screening.get("numberMatched").asInt());
        List<Double> severity = new ArrayList<>();
        screening
                .get("filas")
                .forEach(r -> severity.add((r.get("estado").asString().equals("dentro") ? 0 : 1e9)
                        + r.get("distancia_m").asDouble()));
        assertThat(severity).isSorted();
        JsonNode province = http.json("/api/overlaps?territorio=141&limit=1&por_comuna=true");
        assertThat(http.json("/api/overlaps?limit=1").get("por_comuna")).isEmpty();
        assertThat(http.get("/api/overlaps?por_comuna=si").statusCode()).isEqualTo(400);
        // A province's pairs: those with a project there; its per-commune counts are its communes'.
        assertThat(province.get("por_comuna"))
                .extracting(c -> c.get("codigo").asString())
                .isNotEmpty()
                .allMatch(c -> c.startsWith("141"));
        assertThat(province.get("numberMatched").asLong())
                .isGreaterThanOrEqualTo(http.json("/api/overlaps?comuna=14101&limit=1")
                        .get("numberMatched")
                        .asLong());
    }

    @Test
    void distancesAboveTheStoredOnesAreRefusedAndSmallerOnesFilter() {
        for (String path : List.of("/api/screening?margen_m=5000.5", "/api/overlaps?distancia_m=501")) {
            HttpResponse<String> r = http.get(path);
            assertThat(r.statusCode()).as(path).isEqualTo(400);
            JsonNode error = Http.parse(r.body());
            assertThat(error.get("code").asString()).isEqualTo("InvalidParameterValue");
            assertThat(error.get("description").asString()).contains(path.contains("screening") ? "5000 m" : "500 m");
        }
        for (String bad : List.of("territorio=999", "comuna=14101,", "comuna=14101,14102", "offset=100001")) {
            assertThat(http.get("/api/overlaps?" + bad).statusCode()).as(bad).isEqualTo(400);
            assertThat(http.get("/api/screening?" + bad).statusCode()).as(bad).isEqualTo(400);
        }
        JsonNode near = http.json("/api/overlaps?distancia_m=100&limit=10000");
        assertThat(near.get("numberMatched").asLong())
                .isLessThan(
                        http.json("/api/overlaps?limit=1").get("numberMatched").asLong());
        // Every reason needs the two projects within the distance asked for.
        near.get("pares")
                .forEach(p -> assertThat(p.get("distancia_m").asDouble()).isLessThanOrEqualTo(100));
        http.json("/api/screening?margen_m=200&limit=10000")
                .get("filas")
                .forEach(r -> assertThat(r.get("distancia_m").asDouble()).isLessThanOrEqualTo(200));
    }

    /** The strongest reason of the stored pair of a and b, or null. */
    private String pair(int a, int b) {
        List<Integer> reason = jdbc.queryForList(
                "SELECT motivo FROM investment_overlap WHERE proyecto_a = ? AND proyecto_b = ?",
                Integer.class,
                Math.min(a, b),
                Math.max(a, b));
        return reason.isEmpty() ? null : ProgrammeOverlap.Reason.values()[reason.get(0)].code();
    }

    private JsonNode screeningRow(int id) {
        for (JsonNode r : http.json("/api/screening?margen_m=5000&limit=10000").get("filas")) {
            if (r.get("id").asInt() == id) {
                return r;
            }
        }
        return null;
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** A copy of stored project {@code id}, without a BIP code. */
    private InvestmentProject copy(int id) {
        return jdbc.queryForObject(
                "SELECT nombre, programa, fuente_financiamiento, sector, etapa, institucion, "
                        + "anio_inicio, anio_fin, ST_AsBinary(geom) FROM investment_project WHERE id = ?",
                (rs, i) -> new InvestmentProject(
                        null,
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        null,
                        rs.getString(6),
                        null,
                        1000,
                        rs.getInt(7),
                        rs.getInt(8),
                        null,
                        "prueba",
                        false,
                        Wkb.read(rs.getBytes(9)),
                        List.of()),
                id);
    }

    private static String row(String bip, String name, String programme, String sector, double lon, double lat) {
        return String.format(
                Locale.ROOT,
                "%s,%s,%s,%s,diseño,FNDR,250000,14101,2024,2026,%.6f,%.6f,%n",
                bip,
                name,
                programme,
                sector,
                lon,
                lat);
    }

    private static String feature(Point p) {
        return String.format(Locale.ROOT, """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [%.6f, %.6f]},
                 "properties": {"EBI_CODIGO": "40000902-K", "EBI_NOMBRE": "Multicancha junto a la posta",
                   "PROGRAMA": "PMU", "SECTOR": "Deportes", "EBI_ETAPA": "diseño", "COSTO_TOTAL_CLP": 250000000,
                   "CMN_CLAVE": "14101", "ANIO_INICIO": 2024, "ANIO_FIN": 2026}}""", p.getX(), p.getY());
    }
}

package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import cl.sit.support.Http;
import cl.sit.territory.UnitShares;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/** Import (all or nothing, per-row errors) and export of projects over real HTTP, on both stores. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractProjectImportIT {

    static final String CSV = """
            EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,FUENTE,EBI_COSTO_TOTAL,CMN_CLAVE,ANIO_INICIO,ANIO_FIN,LON,LAT,WKT
            40000001-1,Posta rural Niebla,FNDR,Salud,diseño,FNDR,250000,14101,2024,2026,-73.39,-39.87,
            40000002-K,Camino Lanco - Máfil,MOP,Transporte,ejecución,Sectorial MOP,1800000,14103,2022,2025,,,"LINESTRING (-72.774 -39.452, -72.949 -39.660)"
            40000003-8,"=HIPERVINCULO(""http://x"")",PMU,Deportes,ejecución,SUBDERE,"45000,5",14102,2020,2020,-73.43,-39.88,
            """;

    @LocalServerPort
    int port;

    @Autowired
    UserStore users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    UnitShares unitShares;

    Http http;
    int before;

    @BeforeEach
    void setUp() {
        http = new Http(port);
        if (!users.exists("importador")) {
            users.create("importador", "clave-import", List.of(Role.INVERSION));
            users.create("editora", "clave-editora", List.of(Role.EDITOR));
        }
        before = count();
    }

    @AfterEach
    void removeImported() {
        jdbc.update("DELETE FROM investment_project WHERE fuente_datos LIKE 'Importación%'");
    }

    @Test
    void csvImportWritesLinksAndSpreadsAmounts() throws Exception {
        HttpResponse<String> r = post("text/csv", CSV, "importador", "clave-import");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode result = Http.parse(r.body());
        assertThat(result.get("importados").asInt()).isEqualTo(3);
        assertThat(count()).isEqualTo(before + 3);
        int road = result.get("ids").get(1).asInt();
        JsonNode split = http.json("/api/investments/" + road + "/territories").get("reparto");
        assertThat(split.toString()).contains("14103", "14105", "longitud");
        assertThat(jdbc.queryForObject("SELECT costo_total_clp FROM investment_project WHERE id = ?", Long.class, road))
                .isEqualTo(1_800_000_000L);
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(programado_clp) FROM investment_amount WHERE project_id = ?", Long.class, road))
                .isEqualTo(1_800_000_000L);
        assertThat(jdbc.queryForObject("SELECT ilustrativo FROM investment_project WHERE id = ?", Boolean.class, road))
                .isFalse();
    }

    @Test
    void oneBadRowRejectsTheWholeFileWithEveryError() throws Exception {
        String bad = CSV + """
                40000004-6,Sin comuna,FRIL,Deportes,perfil,FRIL,100,99999,2025,2024,-73.2,-39.8,
                40000001-1,Repetido,FRIL,Deportes,idea,FRIL,mucho,14101,2025,2025,,,"POLYGON ((0 0, 1 1, 1 0, 0 1, 0 0))"
                """;
        HttpResponse<String> r = post("text/csv", bad, "importador", "clave-import");
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode body = Http.parse(r.body());
        assertThat(body.get("code").asString()).isEqualTo("ImportRejected");
        String errors = body.get("errores").toString();
        assertThat(errors)
                .contains(
                        "\"fila\":4",
                        "CMN_CLAVE",
                        "ANIO_FIN",
                        "\"fila\":5",
                        "EBI_CODIGO",
                        "EBI_COSTO_TOTAL",
                        "autointersección");
        assertThat(count()).isEqualTo(before);
    }

    /**
     * Costs beyond any real project and names with a lone surrogate are refused instead of stored mangled; a
     * geometry over the vertex cap (100 000 by default) is refused too.
     */
    @Test
    void absurdCostsAndBrokenTextAreRejected() throws Exception {
        String header = CSV.lines().findFirst().orElseThrow() + "\n";
        HttpResponse<String> huge = post(
                "text/csv",
                header + "40000009-1,Posta,FNDR,Salud,diseño,FNDR," + "9".repeat(40)
                        + ",14101,2024,2026,-73.39,-39.87,\n",
                "importador",
                "clave-import");
        assertThat(huge.statusCode()).as(huge.body()).isEqualTo(422);
        assertThat(Http.parse(huge.body()).get("errores").toString()).contains("EBI_COSTO_TOTAL");
        String surrogate = "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":"
                + "{\"EBI_NOMBRE\":\"Posta \\ud800 rural\",\"PROGRAMA\":\"FNDR\",\"SECTOR\":\"Salud\",\"EBI_ETAPA\":"
                + "\"diseño\",\"EBI_COSTO_TOTAL\":1000,\"ANIO_INICIO\":2024,\"ANIO_FIN\":2025},\"geometry\":"
                + "{\"type\":\"Point\",\"coordinates\":[-73.39,-39.87]}}]}";
        HttpResponse<String> broken = post("application/geo+json", surrogate, "importador", "clave-import");
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(422);
        assertThat(Http.parse(broken.body()).get("errores").toString()).contains("EBI_NOMBRE");
        StringBuilder line = new StringBuilder("LINESTRING (");
        for (int i = 0; i <= 100_000; i++) {
            line.append(i == 0 ? "" : ", ")
                    .append(String.format(
                            java.util.Locale.ROOT, "%.6f %.6f", -73.30 + i * 1e-7, -39.85 + (i % 2) * 1e-6));
        }
        HttpResponse<String> tooLong = post(
                "text/csv",
                header + "40000009-1,Camino,FNDR,Transporte,diseño,FNDR,1000,14101,2024,2026,,,\"" + line + ")\"\n",
                "importador",
                "clave-import");
        assertThat(tooLong.statusCode()).as(tooLong.body()).isEqualTo(422);
        assertThat(Http.parse(tooLong.body()).get("errores").toString()).contains("100001 vértices");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void semicolonCsvAndGeoJsonAreAccepted() throws Exception {
        // Spreadsheets in Spanish save CSV with semicolons.
        String oneRow = """
                EBI_CODIGO;EBI_NOMBRE;PROGRAMA;SECTOR;EBI_ETAPA;EBI_COSTO_TOTAL;CMN_CLAVE;ANIO_INICIO;ANIO_FIN;LON;LAT
                40000009-0;Sede social Corral;FRIL;Deportes;perfil;35000;14102;2025;2026;-73.43;-39.88
                """;
        assertThat(post("text/csv", oneRow, "importador", "clave-import").statusCode())
                .isEqualTo(201);
        String geojson = """
                {"type": "FeatureCollection", "features": [{"type": "Feature",
                 "geometry": {"type": "Polygon", "coordinates": [[[-72.35, -39.65], [-72.33, -39.65], [-72.33, -39.63],
                   [-72.35, -39.63], [-72.35, -39.65]]]},
                 "properties": {"nombre": "Parque Panguipulli", "programa": "MINVU", "sector": "Vivienda",
                   "etapa": "idea", "costo_total_clp": 900000000, "anio_inicio": 2026, "anio_fin": 2026,
                   "comuna_declarada": "14108"}}]}""";
        HttpResponse<String> r = post("application/geo+json", geojson, "importador", "clave-import");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        int id = Http.parse(r.body()).get("ids").get(0).asInt();
        assertThat(http.json("/api/investments/" + id + "/territories").toString())
                .contains("14108", "area");
    }

    @Test
    void unreadableFilesAreRejectedAsSuch() throws Exception {
        for (String body : List.of("", "A,A\n1,2\n", "EBI_NOMBRE,PROGRAMA\n\"sin cerrar,FNDR\n")) {
            HttpResponse<String> r = post("text/csv", body, "importador", "clave-import");
            assertThat(r.statusCode()).as(body).isEqualTo(422);
            assertThat(Http.parse(r.body()).get("code").asString()).isEqualTo("ImportRejected");
        }
        HttpResponse<String> notJson = post("application/geo+json", "{\"type\": 3", "importador", "clave-import");
        assertThat(notJson.statusCode()).isEqualTo(422);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void editingAProjectNeedsItsVersionAndRelinksIt() throws Exception {
        int id = Http.parse(post("text/csv", CSV, "importador", "clave-import").body())
                .get("ids")
                .get(0)
                .asInt();
        HttpResponse<String> read = http.get("/api/investments/" + id + "/version");
        assertThat(read.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"1\"");
        assertThat(Http.parse(read.body()).get("territorios").toString()).contains("14101", "punto");
        String road = """
                {"type": "Feature", "geometry": {"type": "LineString", "coordinates": [[-73.22, -39.83], [-73.43, -39.88]]},
                 "properties": {"EBI_CODIGO": "40000001-1", "EBI_NOMBRE": "Camino Niebla - Corral", "PROGRAMA": "MOP",
                   "SECTOR": "Transporte", "EBI_ETAPA": "diseño", "COSTO_TOTAL_CLP": 3000000000, "CMN_CLAVE": "14101",
                   "ANIO_INICIO": 2025, "ANIO_FIN": 2026}}""";
        assertThat(put(id, road, null, "importador", "clave-import").statusCode())
                .isEqualTo(428);
        assertThat(put(id, road, "\"1\"", "editora", "clave-editora").statusCode())
                .isEqualTo(403);
        HttpResponse<String> edited = put(id, road, "\"1\"", "importador", "clave-import");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(edited.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"2\"");
        assertThat(Http.parse(edited.body()).get("territorios").toString()).contains("14101", "14102", "longitud");
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(programado_clp) FROM investment_amount WHERE project_id = ?", Long.class, id))
                .isEqualTo(3_000_000_000L);

        HttpResponse<String> stale =
                put(id, road.replace("Camino Niebla", "Otro camino"), "\"1\"", "importador", "clave-import");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(Http.parse(stale.body()).get("code").asString()).isEqualTo("VersionConflict");
        String bowtie = road.replace(
                "\"LineString\", \"coordinates\": [[-73.22, -39.83], [-73.43, -39.88]]",
                "\"Polygon\", \"coordinates\": [[[-73.3, -39.9], [-73.1, -39.7], [-73.1, -39.9], [-73.3, -39.7], "
                        + "[-73.3, -39.9]]]");
        assertThat(put(id, bowtie, "\"2\"", "importador", "clave-import").statusCode())
                .isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT nombre FROM investment_project WHERE id = ?", String.class, id))
                .isEqualTo("Camino Niebla - Corral");
        assertThat(jdbc.queryForObject("SELECT version FROM investment_project WHERE id = ?", Integer.class, id))
                .isEqualTo(2);
        assertThat(put(99999, road, "\"1\"", "importador", "clave-import").statusCode())
                .isEqualTo(404);
        HttpResponse<String> taken =
                put(id, road.replace("40000001-1", "40000002-K"), "\"2\"", "importador", "clave-import");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(422);
        assertThat(taken.body()).contains("40000002-K ya existe");
    }

    /**
     * Deleting a project needs the version read (428 without it, 412 when stale, 404 for none, 403 for an editor of
     * layers) and takes it out of everything written for it: the figures kept per unit are again those of before the
     * import, no row of it is left, and its history ends in "eliminado" with the values it had.
     */
    @Test
    void deletingAProjectNeedsItsVersionAndTakesItOutOfEveryFigure() throws Exception {
        // Other classes on the shared PostGIS database delete projects by hand, which leaves kept figures behind.
        tx.executeWithoutResult(s -> unitShares.refreshInvestment(jdbc));
        Map<String, double[]> keptBefore = keptFigures();
        Map<String, Integer> membershipsBefore = keptMemberships();
        JsonNode ids = Http.parse(
                        post("text/csv", CSV, "importador", "clave-import").body())
                .get("ids");
        assertThat(keptFigures()).isNotEqualTo(keptBefore);
        int road = ids.get(1).asInt();
        assertThat(delete(road, null, "importador:clave-import").statusCode()).isEqualTo(428);
        assertThat(delete(road, "\"1\"", "editora:clave-editora").statusCode()).isEqualTo(403);
        HttpResponse<String> stale = delete(road, "\"7\"", "importador:clave-import");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(Http.parse(stale.body()).get("code").asString()).isEqualTo("VersionConflict");
        assertThat(delete(99999, "\"1\"", "importador:clave-import").statusCode())
                .isEqualTo(404);
        assertThat(count()).isEqualTo(before + 3);

        for (JsonNode id : ids) {
            HttpResponse<String> deleted = delete(id.asInt(), "\"1\"", "importador:clave-import");
            assertThat(deleted.statusCode()).as(deleted.body()).isEqualTo(204);
        }
        assertThat(count()).isEqualTo(before);
        for (String table : List.of("investment_amount", "investment_unit_share", "investment_screening")) {
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM " + table + " WHERE project_id IN (?, ?, ?)",
                            Integer.class,
                            ids.get(0).asInt(),
                            road,
                            ids.get(2).asInt()))
                    .as(table)
                    .isZero();
        }
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM investment_overlap WHERE proyecto_a IN (?, ?, ?) "
                                + "OR proyecto_b IN (?, ?, ?)",
                        Integer.class,
                        ids.get(0).asInt(),
                        road,
                        ids.get(2).asInt(),
                        ids.get(0).asInt(),
                        road,
                        ids.get(2).asInt()))
                .isZero();
        assertThat(keptMemberships()).isEqualTo(membershipsBefore);
        Map<String, double[]> keptAfter = keptFigures();
        assertThat(keptAfter.keySet()).isEqualTo(keptBefore.keySet());
        keptBefore.forEach((cell, clp) -> {
            assertThat(keptAfter.get(cell)[0]).as(cell).isCloseTo(clp[0], offset(1e-3 + clp[0] * 1e-12));
            assertThat(keptAfter.get(cell)[1]).as(cell).isCloseTo(clp[1], offset(1e-3 + clp[1] * 1e-12));
        });

        JsonNode history = Http.parse(
                http.send("GET", "/api/investments/" + road + "/history", null, null, "importador:clave-import")
                        .body());
        JsonNode last = history.at("/cambios/0");
        assertThat(last.get("accion").asString()).as(history.toString()).isEqualTo("eliminado");
        assertThat(last.get("usuario").asString()).isEqualTo("importador");
        assertThat(last.get("cambios").toString()).contains("Camino Lanco - Máfil", "\"geometriaCambiada\":true");
        assertThat(delete(road, "\"1\"", "importador:clave-import").statusCode())
                .isEqualTo(404);
    }

    /** The kept yearly figures of the units of Los Ríos the test file touches, by unit and year. */
    private Map<String, double[]> keptFigures() {
        Map<String, double[]> out = new HashMap<>();
        jdbc.query(
                "SELECT unidad, anio, programado_clp, ejecutado_clp FROM investment_unit_year WHERE unidad IN "
                        + "('14101', '14102', '14103', '141', '14')",
                rs -> {
                    out.put(rs.getString(1) + " " + rs.getInt(2), new double[] {rs.getDouble(3), rs.getDouble(4)});
                });
        return out;
    }

    private Map<String, Integer> keptMemberships() {
        Map<String, Integer> out = new HashMap<>();
        jdbc.query(
                "SELECT unidad, memberships FROM investment_unit_summary WHERE unidad IN "
                        + "('14101', '14102', '14103', '141', '14')",
                rs -> {
                    out.put(rs.getString(1), rs.getInt(2));
                });
        return out;
    }

    private HttpResponse<String> delete(int id, String ifMatch, String credentials) {
        return ifMatch == null
                ? http.send("DELETE", "/api/investments/" + id, null, null, credentials)
                : http.send("DELETE", "/api/investments/" + id, null, null, credentials, "If-Match", ifMatch);
    }

    /**
     * A coastal path at 40° S: its western 30 % over the open sea, 40 % in Corral, 30 % in La Unión (PostGIS
     * geography lengths). The sea part of its cost is reported as outside every commune, never given to one, and
     * the totals still reconcile: communes + outside = the amounts of the range, at every level.
     */
    @Test
    void aProjectPartlyOutsideEveryCommuneKeepsItsOutsideShareApart() throws Exception {
        JsonNode communesBefore = http.json("/api/indicators?level=comuna&from=2024&to=2024");
        double corralBefore = http.json("/api/territories/14102/profile?from=2024&to=2024")
                .at("/inversion/total_clp")
                .asDouble();
        String row = CSV.lines().findFirst().orElseThrow() + "\n40000010-5,Sendero costero,FNDR,Transporte,ejecución,"
                + "FNDR,1000000,14102,2024,2024,,,\"LINESTRING (-73.80 -40.0, -73.4764 -40.0)\"\n";
        HttpResponse<String> r = post("text/csv", row, "importador", "clave-import");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        int id = Http.parse(r.body()).get("ids").get(0).asInt();
        double cost = 1_000_000_000d;

        Map<String, Double> split = new HashMap<>();
        for (JsonNode s : http.json("/api/investments/" + id + "/territories").get("reparto")) {
            split.put(
                    s.get("codigo").isNull() ? "fuera" : s.get("codigo").asString(),
                    s.get("proporcion").asDouble());
            if (s.get("codigo").isNull()) {
                assertThat(s.get("metodo").asString()).isEqualTo("fuera_de_comunas");
                assertThat(s.get("nombre").asString()).isEqualTo("Fuera de comunas");
            }
        }
        assertThat(split.keySet()).containsExactlyInAnyOrder("14102", "14201", "fuera");
        assertThat(split.get("fuera")).isCloseTo(0.30, offset(0.01));
        assertThat(split.get("14102")).isCloseTo(0.40, offset(0.01));
        assertThat(split.get("14201")).isCloseTo(0.30, offset(0.01));
        assertThat(split.values().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, offset(1e-9));

        JsonNode communes = http.json("/api/indicators?level=comuna&from=2024&to=2024");
        assertThat(outside(communes) - outside(communesBefore)).isCloseTo(split.get("fuera") * cost, offset(1.0));
        assertThat(total(communes, "14102") - total(communesBefore, "14102"))
                .isCloseTo(split.get("14102") * cost, offset(1.0));
        assertThat(total(communes, "14201") - total(communesBefore, "14201"))
                .isCloseTo(split.get("14201") * cost, offset(1.0));
        double amounts = jdbc.queryForObject(
                "SELECT SUM(programado_clp) FROM investment_amount WHERE anio = 2024", Double.class);
        for (String level : List.of("comuna", "provincia", "region")) {
            JsonNode document = http.json("/api/indicators?level=" + level + "&from=2024&to=2024");
            assertThat(total(document, null) + outside(document)).as(level).isCloseTo(amounts, offset(1.0));
        }
        List<CSVRecord> csv = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(
                        http.get("/api/indicators?level=comuna&from=2024&to=2024&f=csv&formato=csv", "*/*")
                                .body()))
                .getRecords();
        assertThat(csv.get(csv.size() - 1).get("nivel")).isEqualTo("fuera_de_comunas");
        assertThat(csv.stream()
                        .mapToDouble(c -> Double.parseDouble(c.get("total_clp")))
                        .sum())
                .isCloseTo(amounts, offset(20.0));

        JsonNode corral = http.json("/api/territories/14102/profile?from=2024&to=2024");
        assertThat(corral.at("/inversion/total_clp").asDouble() - corralBefore)
                .isCloseTo(split.get("14102") * cost, offset(1.0));
        JsonNode mine = null;
        for (JsonNode p : http.json("/api/territories/14102/projects?from=2024&to=2024&limit=1000")) {
            mine = p.get("id").asInt() == id ? p : mine;
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("proporcion").asDouble()).isCloseTo(split.get("14102"), offset(1e-9));
        assertThat(mine.get("fuera_de_comunas").asDouble()).isCloseTo(split.get("fuera"), offset(1e-9));

        JsonNode issue = null;
        for (JsonNode i : http.json("/api/investments/reconciliation").get("problemas")) {
            issue = i.get("id").asInt() == id && i.get("problema").asString().equals("parcialmente_fuera") ? i : issue;
        }
        assertThat(issue).isNotNull();
        assertThat(issue.get("detalle").asString())
                .contains("% de la geometría queda fuera de toda comuna")
                .contains("no se suma a ninguna comuna");

        CSVRecord exported = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(
                        http.get("/api/investments/export?f=csv&formato=csv&comuna=14201&desde=2024&hasta=2024", "*/*")
                                .body()))
                .getRecords()
                .stream()
                .filter(e -> e.get("id").equals(String.valueOf(id)))
                .findFirst()
                .orElseThrow();
        assertThat(Double.parseDouble(exported.get("fuera_de_comunas"))).isCloseTo(split.get("fuera"), offset(1e-4));
    }

    private static double outside(JsonNode indicators) {
        double sum = 0;
        for (JsonNode o : indicators.get("fuera_de_comunas")) {
            sum += o.get("total_clp").asDouble();
        }
        return sum;
    }

    /** The total of one unit's rows, or of every row when {@code code} is null. */
    private static double total(JsonNode indicators, String code) {
        double sum = 0;
        for (JsonNode row : indicators.get("filas")) {
            if (code == null || row.get("codigo").asString().equals(code)) {
                sum += row.get("total_clp").asDouble();
            }
        }
        return sum;
    }

    @Test
    void aCommuneCodeOfBefore2007IsReadAsTheCommuneThatReplacedIt() throws Exception {
        String csv = """
                EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,FUENTE,EBI_COSTO_TOTAL,CMN_CLAVE,ANIO_INICIO,ANIO_FIN,LON,LAT
                30050001-1,Costanera de Valdivia (BIP 2005),FNDR,Transporte,ejecución,FNDR,120000,10501,2005,2006,-73.24,-39.815
                30050002-K,Sede social Niebla,PMU,Vivienda,ejecución,SUBDERE,20000,14101,2006,2006,-73.39,-39.87
                """;
        HttpResponse<String> r = post("text/csv", csv, "importador", "clave-import");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode mapped = Http.parse(r.body()).get("codigos_mapeados");
        assertThat(mapped.size()).isEqualTo(1);
        assertThat(mapped.get(0).get("fila").asInt()).isEqualTo(1);
        assertThat(mapped.get(0).get("codigo_anterior").asString()).isEqualTo("10501");
        assertThat(mapped.get(0).get("codigo_nuevo").asString()).isEqualTo("14101");
        assertThat(mapped.get(0).get("fecha_cambio").asString()).isEqualTo("2007-10-02");
        int id = Http.parse(r.body()).get("ids").get(0).asInt();
        assertThat(jdbc.queryForObject(
                        "SELECT comuna_declarada FROM investment_project WHERE id = ?", String.class, id))
                .isEqualTo("14101");
        assertThat(http.json("/api/investments/" + id + "/territories").toString())
                .contains("14101");

        HttpResponse<String> unknown = post("text/csv", csv.replace("10501", "10599"), "importador", "clave-import");
        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(unknown.body()).contains("10599", "equivalencias");
    }

    @Test
    void onlyInvestmentStaffMayImport() throws Exception {
        assertThat(post("text/csv", CSV, null, null).statusCode()).isEqualTo(401);
        assertThat(post("text/csv", CSV, "editora", "clave-editora").statusCode())
                .isEqualTo(403);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void exportIsFilteredAndFormulaSafe() throws Exception {
        assertThat(post("text/csv", CSV, "importador", "clave-import").statusCode())
                .isEqualTo(201);
        HttpResponse<String> csv =
                http.get("/api/investments/export?f=csv&formato=csv&programa=PMU&comuna=14102", "*/*");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.body()))
                .getRecords();
        assertThat(rows).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("programa")).isEqualTo("PMU");
            assertThat(r.get("comunas")).contains("14102");
        });
        assertThat(rows).anySatisfy(r -> assertThat(r.get("nombre")).isEqualTo("'=HIPERVINCULO(\"http://x\")"));
        JsonNode geojson = http.json("/api/investments/export?f=geojson&programa=PMU&comuna=14102");
        assertThat(geojson.get("type").asString()).isEqualTo("FeatureCollection");
        assertThat(geojson.get("features").size()).isEqualTo(rows.size());
        assertThat(http.get("/api/investments/export?f=xls").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/investments/export?desde=ayer").statusCode()).isEqualTo(400);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM investment_project", Integer.class);
    }

    private HttpResponse<String> put(int id, String body, String ifMatch, String user, String password)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + "/api/investments/" + id))
                .header("Content-Type", "application/geo+json")
                .header(
                        "Authorization",
                        "Basic "
                                + Base64.getEncoder()
                                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String type, String body, String user, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(http.base() + "/api/investments/import"))
                .header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}

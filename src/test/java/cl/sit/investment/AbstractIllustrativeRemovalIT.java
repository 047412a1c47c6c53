package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.SitApplication;
import cl.sit.layer.LayerGenerations;
import cl.sit.support.Http;
import cl.sit.users.Role;
import cl.sit.users.UserStore;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The illustrative flag of every investment-derived response follows the data, and an admin removes the
 * illustrative seed for good: {@code DELETE /api/investments/ilustrativos} takes the projects with their amounts
 * and shares, and a restart on the same database does not bring them back. Starts the application itself (twice)
 * on the store of the subclass.
 */
abstract class AbstractIllustrativeRemovalIT {

    static final String ADMIN = "admin-ilustrativos:clave-admin-ilus";
    static final String STAFF = "inversion-ilustrativos:clave-inversion-ilus";
    static final String BIP = "40000777-5";
    static final String REAL = """
            EBI_CODIGO,EBI_NOMBRE,PROGRAMA,SECTOR,EBI_ETAPA,FUENTE,EBI_COSTO_TOTAL,CMN_CLAVE,ANIO_INICIO,ANIO_FIN,LON,LAT,WKT
            %s,Posta rural Niebla (real),FNDR,Salud,diseño,FNDR,250000,14101,2024,2026,-73.39,-39.87,
            """.formatted(BIP);

    /** Arguments that start the application on the subclass's database. */
    abstract List<String> database();

    @Test
    void adminRemovesTheIllustrativeProjectsAndARestartDoesNotBringThemBack() {
        List<String> db = database();
        try (ConfigurableApplicationContext app = start(db)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            users(app.getBean(UserStore.class));
            Http http = new Http(port(app));
            assertThat(illustrative(jdbc)).isEqualTo(300);
            HttpResponse<String> imported = http.send("POST", "/api/investments/import", REAL, "text/csv", STAFF);
            assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
            int real = Http.parse(imported.body()).get("ids").get(0).asInt();
            assertThat(flags(http, real)).as("with the seed").containsOnly(true);
            JsonNode collection = http.json("/collections/proyectos-inversion");
            assertThat(collection.get("title").asString()).isEqualTo("Proyectos de inversión");
            assertThat(collection.get("description").asString()).doesNotContain("ILUSTRATIVOS");

            assertThat(http.send("DELETE", "/api/investments/ilustrativos", null, null, null)
                            .statusCode())
                    .isEqualTo(401);
            assertThat(http.send("DELETE", "/api/investments/ilustrativos", null, null, STAFF)
                            .statusCode())
                    .isEqualTo(403);
            assertThat(illustrative(jdbc)).isEqualTo(300);

            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM investment_overlap", Integer.class))
                    .isPositive();
            long generation = app.getBean(LayerGenerations.class)
                    .of(InvestmentWriter.LAYER_ID)
                    .number();
            int removals = removals(jdbc);
            HttpResponse<String> removed = http.send("DELETE", "/api/investments/ilustrativos", null, null, ADMIN);
            assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
            assertThat(Http.parse(removed.body()).get("eliminados").asInt()).isEqualTo(300);
            assertThat(app.getBean(LayerGenerations.class)
                            .of(InvestmentWriter.LAYER_ID)
                            .number())
                    .isGreaterThan(generation);
            assertThat(illustrative(jdbc)).isZero();
            assertThat(removals(jdbc))
                    .as("one history entry per removed project")
                    .isEqualTo(removals + 300);
            int gone = jdbc.queryForObject(
                    "SELECT MAX(project_id) FROM investment_history WHERE accion = 'eliminado' "
                            + "AND origen = 'retiro_ilustrativos'",
                    Integer.class);
            JsonNode last = Http.parse(http.send("GET", "/api/investments/" + gone + "/history", null, null, ADMIN)
                            .body())
                    .at("/cambios/0");
            assertThat(last.get("accion").asString()).isEqualTo("eliminado");
            assertThat(last.get("origen").asString()).isEqualTo("retiro_ilustrativos");
            assertThat(last.get("usuario").asString()).isEqualTo("admin-ilustrativos");
            for (String table : List.of("investment_amount", "investment_territory", "investment_link")) {
                assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM " + table + " WHERE project_id <> ?", Integer.class, real))
                        .as(table)
                        .isZero();
                assertThat(jdbc.queryForObject(
                                "SELECT COUNT(*) FROM " + table + " WHERE project_id = ?", Integer.class, real))
                        .as(table)
                        .isPositive();
            }
            // Their stored screening rows and overlap pairs went with them (the real project pairs with no one now).
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM investment_screening WHERE project_id <> ?", Integer.class, real))
                    .isZero();
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM investment_overlap", Integer.class))
                    .isZero();
            assertThat(flags(http, real)).as("real projects only").containsOnly(false);
            assertThat(http.send("DELETE", "/api/investments/ilustrativos", null, null, ADMIN)
                            .body())
                    .isEqualTo("{\"eliminados\":0}");
        }
        try (ConfigurableApplicationContext app = start(db)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            assertThat(illustrative(jdbc)).isZero();
            assertThat(jdbc.queryForObject(
                            "SELECT COUNT(*) FROM investment_project WHERE codigo_bip = ?", Integer.class, BIP))
                    .isEqualTo(1);
            assertThat(new Http(port(app))
                            .json("/collections/proyectos-inversion")
                            .get("ilustrativo")
                            .asBoolean())
                    .isFalse();
        }
    }

    private static int removals(JdbcTemplate jdbc) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM investment_history WHERE accion = 'eliminado' AND origen = "
                        + "'retiro_ilustrativos' AND usuario = 'admin-ilustrativos'",
                Integer.class);
    }

    /** Whether other test classes use the database after this one (then {@link #restore} puts the seed back). */
    boolean shared() {
        return false;
    }

    /** Puts a shared database back as the other test classes expect it: the seed loaded. */
    @AfterEach
    void restore() {
        if (!shared()) {
            return;
        }
        List<String> db = database();
        try (ConfigurableApplicationContext app = start(db)) {
            JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
            jdbc.update("DELETE FROM investment_project WHERE codigo_bip = ?", BIP);
            if (illustrative(jdbc) > 0) {
                return;
            }
            if (jdbc.queryForObject("SELECT COUNT(*) FROM investment_project", Integer.class) == 0) {
                // The seed's projects get the identifiers they had (other tests name project 1); the history of
                // the removed ones would otherwise read as theirs.
                jdbc.update("DELETE FROM investment_history");
                jdbc.execute("ALTER TABLE investment_project ALTER COLUMN id RESTART WITH 1");
            }
            jdbc.update("DELETE FROM dataset WHERE name = ?", IllustrativeInvestmentSeed.NAME);
        }
        try (ConfigurableApplicationContext app = start(db)) {
            assertThat(illustrative(app.getBean(JdbcTemplate.class))).isEqualTo(300);
        }
    }

    /**
     * The illustrative flag of every investment-derived response: screening, overlaps, reconciliation, the split of
     * a project, indicators (JSON and CSV rows), the territory profile, the export's row of {@code project}, the
     * investment collection.
     */
    private static List<Boolean> flags(Http http, int project) {
        List<Boolean> out = new ArrayList<>();
        for (String path : List.of(
                "/api/screening",
                "/api/overlaps",
                "/api/investments/reconciliation",
                "/api/indicators?level=commune",
                "/api/territories/14101/profile",
                "/collections/proyectos-inversion")) {
            out.add(http.json(path).get("ilustrativo").asBoolean());
        }
        out.add(http.json("/collections/proyectos-inversion/items?limit=1").has("ilustrativo"));
        JsonNode split = http.json("/api/investments/" + project + "/territories");
        assertThat(split.get("ilustrativo").asBoolean()).isFalse();
        assertThat(split.get("reparto").get(0).get("codigo").asString()).isEqualTo("14101");
        for (CSVRecord row : csv(http, "/api/indicators?level=commune&f=csv&formato=csv")) {
            out.add(Boolean.parseBoolean(row.get("ilustrativo")));
        }
        List<CSVRecord> export = csv(http, "/api/investments/export?f=csv&formato=csv");
        out.add(export.stream().anyMatch(r -> Boolean.parseBoolean(r.get("ilustrativo"))));
        assertThat(export).anySatisfy(r -> assertThat(r.get("ilustrativo")).isEqualTo("false"));
        return out;
    }

    private static List<CSVRecord> csv(Http http, String path) {
        HttpResponse<String> r = http.get(path, "*/*");
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        try {
            return CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(r.body()))
                    .getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static int illustrative(JdbcTemplate jdbc) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM investment_project WHERE ilustrativo = TRUE", Integer.class);
    }

    private static void users(UserStore users) {
        for (String[] u : new String[][] {ADMIN.split(":"), STAFF.split(":")}) {
            if (!users.exists(u[0])) {
                users.create(u[0], u[1], List.of(u[0].startsWith("admin") ? Role.ADMIN : Role.INVERSION));
            }
        }
    }

    private static int port(ConfigurableApplicationContext app) {
        return Integer.parseInt(app.getEnvironment().getProperty("local.server.port"));
    }

    private static ConfigurableApplicationContext start(List<String> args) {
        List<String> all = new ArrayList<>(args);
        all.add(0, "--server.port=0");
        return new SpringApplicationBuilder(SitApplication.class).run(all.toArray(String[]::new));
    }
}

package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Real BIP/BIDAT files: Chilean numbers and units, the SNI stages and statuses, coordinates; on both stores. */
abstract class AbstractBipImportIT extends AbstractInvestmentStaffIT {

    static final String HEADER =
            "EBI_CODIGO;EBI_NOMBRE;PROGRAMA;SECTOR;EBI_ETAPA;%s;CMN_CLAVE;ANIO_INICIO;ANIO_FIN;LON;LAT\n";

    int before;

    @Override
    String username() {
        return "bip";
    }

    @BeforeEach
    void setUp() {
        before = count();
    }

    @AfterEach
    void removeImported() {
        jdbc.update("DELETE FROM investment_project WHERE fuente_datos LIKE 'Importación%'");
    }

    /** A semicolon file as Excel in Spanish saves it: {@code cost} in the column named {@code costHeader}. */
    static String row(String costHeader, String bip, String stage, String cost, String lon, String lat) {
        return HEADER.formatted(costHeader) + bip + ";Posta rural Niebla;FNDR;Salud;" + stage + ";" + cost
                + ";14101;2024;2026;" + lon + ";" + lat + "\n";
    }

    long storedCost(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        int id = Http.parse(created.body()).get("ids").get(0).asInt();
        return jdbc.queryForObject("SELECT costo_total_clp FROM investment_project WHERE id = ?", Long.class, id);
    }

    @Test
    void chileanThousandsAreThousandsInTheDeclaredUnit() {
        assertThat(storedCost(post("", row("EBI_COSTO_TOTAL (M$)", "1-1", "diseño", "150.000", "-73,39", "-39,87"))))
                .isEqualTo(150_000_000L);
        assertThat(storedCost(post("", row("EBI_COSTO_TOTAL", "1-2", "diseño", "150.000", "-73.39", "-39.87"))))
                .as("bare EBI_COSTO_TOTAL is in miles de pesos, as BIDAT exports it")
                .isEqualTo(150_000_000L);
        assertThat(storedCost(post("", row("costo_total_miles", "1-3", "diseño", "1.234,5", "-73.39", "-39.87"))))
                .isEqualTo(1_234_500L);
        assertThat(storedCost(post(
                        "?unidad=pesos", row("costo_total", "1-4", "diseño", "$ 1.234.567,6", "-73.39", "-39.87"))))
                .isEqualTo(1_234_568L);
        assertThat(storedCost(post("?unidad=miles", row("costo_total", "1-5", "diseño", "2.500", "-73.39", "-39.87"))))
                .isEqualTo(2_500_000L);
    }

    /**
     * The project list downloads by default as a Chilean spreadsheet opens it (byte order mark, semicolons, decimal
     * commas), keeps the import's column names, and a file saved from it imports again in update mode unchanged.
     */
    @Test
    void theDefaultExportOpensInASpreadsheetAndImportsAgainInUpdateMode() {
        long cost = storedCost(post("", row("EBI_COSTO_TOTAL (M$)", "5-1", "diseño", "150.000,5", "-73,39", "-39,87")));
        HttpResponse<String> export =
                http.get("/api/investments/export?f=csv&territorio=14101&desde=2024&hasta=2026", "*/*");
        assertThat(export.statusCode()).isEqualTo(200);
        String body = export.body();
        assertThat(body).startsWith("\uFEFFid;codigo_bip;nombre;programa;");
        String line = body.lines().filter(l -> l.contains(";5-1;")).findFirst().orElseThrow();
        assertThat(line).contains(";" + cost + ";", ";2024;2026;", ";no;").doesNotContain("true", "false");
        assertThat(line).containsPattern(";0(,\\d+)?;");

        HttpResponse<String> again = post(
                "?modo=actualizar",
                body.lines()
                                .filter(l -> l.startsWith("\uFEFF") || l.contains(";5-1;"))
                                .reduce((a, b) -> a + "\r\n" + b)
                                .orElseThrow()
                        + "\r\n");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
        assertThat(jdbc.queryForObject(
                        "SELECT costo_total_clp FROM investment_project WHERE codigo_bip = '5-1'", Long.class))
                .isEqualTo(cost);
    }

    @Test
    void anAmountThatCouldBeReadTwoWaysIsARowErrorNamingRowAndColumn() {
        HttpResponse<String> r = post("", row("EBI_COSTO_TOTAL (M$)", "2-1", "diseño", "150.5", "-73.39", "-39.87"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(Http.parse(r.body()).get("description").asString())
                .isEqualTo("Los datos tienen 1 error; no se guardó nada");
        JsonNode error = Http.parse(r.body()).get("errores").get(0);
        assertThat(error.get("fila").asInt()).isEqualTo(1);
        assertThat(error.get("columna").asString()).isEqualTo("EBI_COSTO_TOTAL (M$)");
        assertThat(error.get("mensaje").asString()).contains("ambiguo", "150.5");

        HttpResponse<String> noUnit = post("", row("costo_total", "2-2", "diseño", "1000", "-73.39", "-39.87"));
        assertThat(noUnit.statusCode()).isEqualTo(422);
        assertThat(noUnit.body()).contains("COSTO_TOTAL", "unidad");
        HttpResponse<String> conflict =
                post("?unidad=pesos", row("EBI_COSTO_TOTAL (M$)", "2-3", "diseño", "1000", "-73.39", "-39.87"));
        assertThat(conflict.statusCode()).isEqualTo(422);
        assertThat(conflict.body()).contains("miles de pesos", "unidad=pesos");
        HttpResponse<String> badOption =
                post("?unidad=docenas", row("costo_total", "2-4", "diseño", "1000", "-73.39", "-39.87"));
        assertThat(badOption.statusCode()).isEqualTo(400);
        assertThat(Http.parse(badOption.body()).get("code").asString()).isNotBlank();
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void sniStagesIgnoreCaseAndAccentsAndTheStatusIsItsOwnField() throws Exception {
        String csv = HEADER.formatted("EBI_COSTO_TOTAL").replace("EBI_ETAPA;", "EBI_ETAPA;ESTADO;")
                + "3-1;Camino A;FNDR;Transporte;EJECUCION;TERMINADO;1.000;14101;2020;2021;-73.39;-39.87\n"
                + "3-2;Camino B;FNDR;Transporte;DISEÑO;;1.000;14101;2024;2025;-73.39;-39.87\n"
                + "3-3;Camino C;FNDR;Transporte;Factibilidad;en ejecucion;1.000;14101;2024;2025;-73.39;-39.87\n";
        HttpResponse<String> r = post("", csv);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode ids = Http.parse(r.body()).get("ids");
        List<String> stored = new java.util.ArrayList<>();
        for (JsonNode id : ids) {
            stored.add(jdbc.queryForObject(
                    "SELECT etapa || '/' || COALESCE(estado, '-') FROM investment_project WHERE id = ?",
                    String.class,
                    id.asInt()));
        }
        assertThat(stored).containsExactly("ejecución/terminado", "diseño/-", "factibilidad/en ejecución");
        assertThat(http.get("/api/investments/export?f=csv&formato=csv&desde=2020&hasta=2020", "*/*")
                        .body()
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .contains("etapa,estado");
        JsonNode item =
                http.json("/collections/proyectos-inversion/items/" + ids.get(0).asInt() + "?f=json");
        assertThat(item.at("/properties/estado").asString()).isEqualTo("terminado");

        HttpResponse<String> finished =
                post("", row("EBI_COSTO_TOTAL", "3-4", "terminado", "1000", "-73.39", "-39.87"));
        assertThat(finished.statusCode()).isEqualTo(422);
        assertThat(finished.body()).contains("EBI_ETAPA", "es un estado, no una etapa");
        HttpResponse<String> badStatus = post("", csv.replace("TERMINADO", "soñado"));
        assertThat(badStatus.statusCode()).isEqualTo(422);
        assertThat(badStatus.body()).contains("ESTADO", "soñado");
    }

    @Test
    void illustrativeFinishedProjectsAreInExecutionStageWithStatusTerminado() {
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM investment_project WHERE etapa = 'terminado'", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM investment_project WHERE estado = 'terminado' AND "
                                + "etapa = 'ejecución'",
                        Integer.class))
                .isPositive();
    }

    @Test
    void indicatorsByStageFollowTheProjectCycle() {
        List<String> order = new java.util.ArrayList<>();
        for (JsonNode row : http.json("/api/indicators?level=region&by=etapa&from=2015&to=2030")
                .get("filas")) {
            order.add(row.get("grupo").asString());
        }
        assertThat(order).contains("diseño", "ejecución", "idea");
        List<String> sorted = new java.util.ArrayList<>(order);
        sorted.sort(Stages.CYCLE);
        assertThat(order).isEqualTo(sorted);
    }

    @Test
    void aPointOutsideChileIsARowErrorAndSwappedCoordinatesAreNamed() {
        HttpResponse<String> pacific = post("", row("EBI_COSTO_TOTAL", "4-1", "idea", "1000", "-80", "-39.87"));
        assertThat(pacific.statusCode()).as(pacific.body()).isEqualTo(422);
        assertThat(pacific.body()).contains("fuera de Chile");
        HttpResponse<String> swapped = post("", row("EBI_COSTO_TOTAL", "4-2", "idea", "1000", "-39.87", "-73.39"));
        assertThat(swapped.statusCode()).isEqualTo(422);
        assertThat(swapped.body()).contains("latitud y longitud invertidas");
        HttpResponse<String> line = post(
                "",
                HEADER.formatted("EBI_COSTO_TOTAL").replace("LON;LAT", "WKT")
                        + "4-3;Ruta;MOP;Transporte;idea;1000;14101;2024;2025;LINESTRING (-73.3 -39.8, -80 -39.8)\n");
        assertThat(line.statusCode()).isEqualTo(422);
        assertThat(line.body()).contains("fuera de Chile");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aPointInChileButOutsideTheLoadedTerritoryIsImportedWithAWarning() {
        // Hanga Roa, Rapa Nui: in Chile, far from every commune of Los Ríos.
        HttpResponse<String> r = post("", row("EBI_COSTO_TOTAL", "5-1", "idea", "1000", "-109.43", "-27.15"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        JsonNode warnings = Http.parse(r.body()).get("advertencias");
        assertThat(warnings.size()).isEqualTo(1);
        assertThat(warnings.get(0).get("fila").asInt()).isEqualTo(1);
        assertThat(warnings.get(0).get("mensaje").asString()).contains("fuera del territorio cargado");
        HttpResponse<String> inside = post("", row("EBI_COSTO_TOTAL", "5-2", "idea", "1000", "-73.39", "-39.87"));
        assertThat(Http.parse(inside.body()).get("advertencias").size()).isZero();
    }

    /**
     * The file's codes are looked up in the store by chunks of a thousand (a national store is not read whole for
     * each import): a stored code past the first chunk is found too, and its error comes first among its row's.
     */
    @Test
    void storedCodesAreFoundInEveryChunkAndReportedFirstInTheirRow() {
        String header = HEADER.formatted("EBI_COSTO_TOTAL");
        String line = ";Posta;FNDR;Salud;%s;1.000;14101;2024;2025;-73,39;-39,87\n";
        assertThat(post("", header + "9-A" + line.formatted("idea") + "9-B" + line.formatted("idea"))
                        .statusCode())
                .isEqualTo(201);
        StringBuilder file = new StringBuilder(header);
        for (int row = 1; row <= 1_500; row++) {
            String code = row == 3 ? "9-A" : row == 1_300 ? "9-B" : "9-" + (1_000 + row);
            file.append(code).append(line.formatted(row == 1_300 ? "licitación" : "idea"));
        }
        int stored = count();

        HttpResponse<String> refused = post("", file.toString());

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode errors = Http.parse(refused.body()).get("errores");
        assertThat(errors.size()).as(refused.body()).isEqualTo(3);
        assertThat(errors.get(0).get("fila").asInt()).isEqualTo(3);
        assertThat(errors.get(0).get("mensaje").asString()).contains("9-A ya existe");
        assertThat(errors.get(1).get("fila").asInt()).isEqualTo(1_300);
        assertThat(errors.get(1).get("mensaje").asString()).contains("9-B ya existe");
        assertThat(errors.get(2).get("fila").asInt()).isEqualTo(1_300);
        assertThat(errors.get(2).get("columna").asString()).isEqualTo("EBI_ETAPA");
        assertThat(count()).isEqualTo(stored);
    }

    @Test
    void updateModeKeyedByBipCodeUpdatesRelinksAndCountsAllOrNothing() {
        String header = HEADER.formatted("EBI_COSTO_TOTAL");
        String a = "6-1;Posta Niebla;FNDR;Salud;diseño;1.000;14101;2024;2025;-73,39;-39,87\n";
        String b = "6-2;Sede social;FRIL;Deportes;perfil;2.000;14101;2024;2025;-73,24;-39,815\n";
        HttpResponse<String> first = post("", header + a + b);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        int idB = Http.parse(first.body()).get("ids").get(1).asInt();
        String movedB = "6-2;Sede social Corral;FRIL;Deportes;ejecución;3.500;14102;2024;2026;-73,43;-39,88\n";
        String c = "6-3;Plaza nueva;PMU;Vivienda;idea;500;14101;2025;2025;-73,24;-39,815\n";
        String second = header + a + movedB + c;

        HttpResponse<String> refused = post("", second);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Código BIP repetido", "modo=actualizar");
        HttpResponse<String> broken =
                post("?modo=actualizar", second + "6-4;Malo;PMU;Vivienda;idea;150.5;14101;2025;2025;-73,24;-39,815\n");
        assertThat(broken.statusCode()).isEqualTo(422);
        assertThat(jdbc.queryForObject("SELECT nombre FROM investment_project WHERE id = ?", String.class, idB))
                .isEqualTo("Sede social");

        HttpResponse<String> updated = post("?modo=actualizar", second);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(201);
        JsonNode result = Http.parse(updated.body());
        assertThat(result.get("creados").asInt()).isEqualTo(1);
        assertThat(result.get("actualizados").asInt()).isEqualTo(1);
        assertThat(result.get("sin_cambios").asInt()).isEqualTo(1);
        assertThat(result.get("ids").get(1).asInt()).isEqualTo(idB);
        assertThat(jdbc.queryForObject("SELECT costo_total_clp FROM investment_project WHERE id = ?", Long.class, idB))
                .isEqualTo(3_500_000L);
        assertThat(jdbc.queryForObject("SELECT version FROM investment_project WHERE id = ?", Integer.class, idB))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(programado_clp) FROM investment_amount WHERE project_id = ?", Long.class, idB))
                .isEqualTo(3_500_000L);
        assertThat(http.json("/api/investments/" + idB + "/territories").toString())
                .contains("14102")
                .doesNotContain("14101");
        assertThat(count()).isEqualTo(before + 3);
        assertThat(post("?modo=reemplazar", second).statusCode()).isEqualTo(400);
    }

    @Test
    void theTemplateInBothVariantsImportsAsItIs() {
        HttpResponse<byte[]> plain = http.bytes("/api/investments/import/template", null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(plain.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        String csv = new String(plain.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).startsWith("EBI_CODIGO,").contains("EBI_COSTO_TOTAL (M$)", "ESTADO", "250.000");
        assertThat(storedCost(post("", csv))).isEqualTo(250_000_000L);
        removeImported();

        byte[] excel = http.bytes("/api/investments/import/template?formato=excel", null)
                .body();
        assertThat(excel).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(excel, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).contains("EBI_CODIGO;EBI_NOMBRE;", ";-73,39;-39,87;");
        assertThat(storedCost(post("", text))).isEqualTo(250_000_000L);
        assertThat(http.get("/api/investments/import/template?formato=xlsx").statusCode())
                .isEqualTo(400);
    }

    private int count() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM investment_project", Integer.class);
    }
}

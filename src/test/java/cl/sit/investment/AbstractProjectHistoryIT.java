package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Every write to an investment project leaves an entry in its history (who, when, from where, what changed), in
 * the write's transaction; {@code GET /api/investments/{id}/history} serves it newest first, paged. On both stores.
 */
abstract class AbstractProjectHistoryIT extends AbstractInvestmentStaffIT {

    static final String HEADER = "EBI_CODIGO;EBI_NOMBRE;PROGRAMA;SECTOR;EBI_ETAPA;EBI_COSTO_TOTAL;CMN_CLAVE;"
            + "ANIO_INICIO;ANIO_FIN;LON;LAT\n";

    @Override
    String username() {
        return "historia";
    }

    @AfterEach
    void removeImported() {
        // The PostGIS test database is shared: the next run imports the same BIP codes again.
        jdbc.update("DELETE FROM investment_history WHERE codigo_bip LIKE '9_-_'");
        jdbc.update("DELETE FROM investment_project WHERE codigo_bip LIKE '9_-_'");
    }

    JsonNode history(int id, String query) {
        HttpResponse<String> r = http.send("GET", "/api/investments/" + id + "/history" + query, null, null, staff());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Http.parse(r.body());
    }

    int historyRows() {
        return jdbc.queryForObject("SELECT COUNT(*) FROM investment_history", Integer.class);
    }

    @Test
    void anImportedFileRecordsOneCreationPerProjectWithItsFileName() {
        String csv = HEADER + "91-1;Posta Niebla;FNDR;Salud;diseño;1.000;14101;2024;2025;-73,39;-39,87\n"
                + "91-2;Sede social;FRIL;Deportes;perfil;2.000;14101;2024;2024;-73,24;-39,815\n";
        HttpResponse<String> r = http.upload(
                "/api/investments/import", "archivo", "bip-2024.csv", csv.getBytes(StandardCharsets.UTF_8), staff());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        int id = Http.parse(r.body()).get("ids").get(0).asInt();
        JsonNode page = history(id, "");
        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode entry = page.get("cambios").get(0);
        assertThat(entry.get("accion").asString()).isEqualTo("creado");
        assertThat(entry.get("usuario").asString()).isEqualTo("historia");
        assertThat(entry.get("origen").asString()).isEqualTo("importacion");
        assertThat(entry.get("archivo").asString()).isEqualTo("bip-2024.csv");
        assertThat(entry.get("codigo_bip").asString()).isEqualTo("91-1");
        assertThat(entry.get("fecha").asString()).isNotBlank();
        assertThat(entry.at("/cambios/campos").toString())
                .contains("\"campo\":\"nombre\"", "\"anterior\":null", "\"nuevo\":\"Posta Niebla\"");
        assertThat(entry.at("/cambios/montos").size()).isEqualTo(2);
        assertThat(entry.at("/cambios/geometriaCambiada").asBoolean()).isTrue();
        assertThat(http.send("GET", "/api/investments/" + id + "/history", null, null, null)
                        .statusCode())
                .as("the history names users: signed-in users only")
                .isEqualTo(401);
    }

    @Test
    void aFormEditRecordsTheFieldsItChangedAndAnUnchangedEditNothing() {
        HttpResponse<String> created =
                post("", HEADER + "92-1;Camino Niebla;MOP;Transporte;diseño;3.000;14101;2025;2026;-73,39;-39,87\n");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        int id = Http.parse(created.body()).get("ids").get(0).asInt();
        String feature = """
                {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-73.39, -39.87]},
                 "properties": {"EBI_CODIGO": "92-1", "EBI_NOMBRE": "%s", "PROGRAMA": "MOP", "SECTOR": "Transporte",
                   "EBI_ETAPA": "diseño", "COSTO_TOTAL_CLP": 3000000, "CMN_CLAVE": "14101", "ANIO_INICIO": 2025,
                   "ANIO_FIN": 2026}}""";
        HttpResponse<String> edited = http.send(
                "PUT",
                "/api/investments/" + id,
                feature.formatted("Camino a Niebla"),
                "application/geo+json",
                staff(),
                "If-Match",
                "\"1\"");
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        JsonNode page = history(id, "");
        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode entry = page.get("cambios").get(0);
        assertThat(entry.get("accion").asString()).isEqualTo("actualizado");
        assertThat(entry.get("origen").asString()).isEqualTo("formulario");
        assertThat(entry.get("archivo").isNull()).isTrue();
        assertThat(entry.at("/cambios/campos").size()).isEqualTo(1);
        assertThat(entry.at("/cambios/campos/0/campo").asString()).isEqualTo("nombre");
        assertThat(entry.at("/cambios/campos/0/anterior").asString()).isEqualTo("Camino Niebla");
        assertThat(entry.at("/cambios/campos/0/nuevo").asString()).isEqualTo("Camino a Niebla");
        assertThat(entry.at("/cambios/montos").size()).isZero();
        assertThat(entry.at("/cambios/geometriaCambiada").asBoolean()).isFalse();
        assertThat(page.get("cambios").get(1).get("accion").asString()).isEqualTo("creado");

        int rows = historyRows();
        HttpResponse<String> same = http.send(
                "PUT",
                "/api/investments/" + id,
                feature.formatted("Camino a Niebla"),
                "application/geo+json",
                staff(),
                "If-Match",
                "\"2\"");
        assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
        assertThat(historyRows()).isEqualTo(rows);
        HttpResponse<String> stale = http.send(
                "PUT",
                "/api/investments/" + id,
                feature.formatted("Otro"),
                "application/geo+json",
                staff(),
                "If-Match",
                "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(historyRows()).isEqualTo(rows);
    }

    @Test
    void anUpdateByImportRecordsChangedAmountsAndGeometryAndUnchangedRowsNothing() {
        String a = "93-1;Posta Niebla;FNDR;Salud;diseño;1.000;14101;2024;2025;-73,39;-39,87\n";
        String b = "93-2;Sede social;FRIL;Deportes;perfil;2.000;14101;2024;2025;-73,24;-39,815\n";
        HttpResponse<String> first = post("", HEADER + a + b);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        int idA = Http.parse(first.body()).get("ids").get(0).asInt();
        int idB = Http.parse(first.body()).get("ids").get(1).asInt();
        int rows = historyRows();

        String dearerB = "93-2;Sede social;FRIL;Deportes;perfil;3.000;14101;2024;2025;-73,43;-39,88\n";
        HttpResponse<String> updated = post("?modo=actualizar", HEADER + a + dearerB);
        assertThat(updated.statusCode()).as(updated.body()).isEqualTo(201);
        assertThat(Http.parse(updated.body()).get("sin_cambios").asInt()).isEqualTo(1);
        assertThat(historyRows()).as("one entry, for the changed row only").isEqualTo(rows + 1);
        assertThat(history(idA, "").get("total").asInt()).isEqualTo(1);
        JsonNode entry = history(idB, "").get("cambios").get(0);
        assertThat(entry.get("accion").asString()).isEqualTo("actualizado");
        assertThat(entry.get("origen").asString()).isEqualTo("importacion");
        assertThat(entry.get("archivo").isNull())
                .as("a CSV body has no file name")
                .isTrue();
        assertThat(entry.at("/cambios/campos").size()).isEqualTo(1);
        assertThat(entry.at("/cambios/campos/0/campo").asString()).isEqualTo("costo_total_clp");
        assertThat(entry.at("/cambios/campos/0/anterior").asLong()).isEqualTo(2_000_000L);
        assertThat(entry.at("/cambios/campos/0/nuevo").asLong()).isEqualTo(3_000_000L);
        JsonNode year = entry.at("/cambios/montos/0");
        assertThat(year.get("anio").asInt()).isEqualTo(2024);
        assertThat(year.get("programadoAnterior").asLong()).isEqualTo(1_000_000L);
        assertThat(year.get("programadoNuevo").asLong()).isEqualTo(1_500_000L);
        assertThat(entry.at("/cambios/montos").size()).isEqualTo(2);
        assertThat(entry.at("/cambios/geometriaCambiada").asBoolean()).isTrue();
    }

    @Test
    void aRefusedImportLeavesNoHistory() {
        String good = "94-1;Posta Niebla;FNDR;Salud;diseño;1.000;14101;2024;2025;-73,39;-39,87\n";
        assertThat(post("", HEADER + good).statusCode()).isEqualTo(201);
        int rows = historyRows();
        String changed = good.replace("1.000", "5.000");
        String broken = "94-2;Malo;PMU;Vivienda;idea;150.5;14101;2025;2025;-73,24;-39,815\n";
        assertThat(post("?modo=actualizar", HEADER + changed + broken).statusCode())
                .isEqualTo(422);
        assertThat(post(
                                "",
                                HEADER + broken.replace("150.5", "150") + "94-3;Otro;PMU;Vivienda;idea;1;99999;2025;"
                                        + "2025;-73,24;-39,815\n")
                        .statusCode())
                .isEqualTo(422);
        assertThat(historyRows()).isEqualTo(rows);
    }

    @Test
    void theHistoryIsPagedNewestFirstWithBoundedLimits() {
        String row = "95-1;Plaza;PMU;Vivienda;idea;%s;14101;2025;2025;-73,24;-39,815\n";
        HttpResponse<String> created = post("", HEADER + row.formatted("1.000"));
        int id = Http.parse(created.body()).get("ids").get(0).asInt();
        for (String cost : List.of("2.000", "3.000", "4.000")) {
            assertThat(post("?modo=actualizar", HEADER + row.formatted(cost)).statusCode())
                    .isEqualTo(201);
        }
        JsonNode first = history(id, "?limit=2");
        assertThat(first.get("total").asInt()).isEqualTo(4);
        assertThat(first.get("limit").asInt()).isEqualTo(2);
        assertThat(first.get("cambios").size()).isEqualTo(2);
        assertThat(first.at("/cambios/0/cambios/campos/0/nuevo").asLong()).isEqualTo(4_000_000L);
        assertThat(first.at("/cambios/1/cambios/campos/0/nuevo").asLong()).isEqualTo(3_000_000L);
        JsonNode second = history(id, "?limit=2&offset=2");
        assertThat(second.at("/cambios/0/cambios/campos/0/nuevo").asLong()).isEqualTo(2_000_000L);
        assertThat(second.at("/cambios/1/accion").asString()).isEqualTo("creado");
        assertThat(history(id, "?offset=10").get("cambios").size()).isZero();
        for (String bad : List.of("?limit=0", "?limit=201", "?offset=-1", "?limit=dos", "?pagina=1")) {
            assertThat(http.send("GET", "/api/investments/" + id + "/history" + bad, null, null, staff())
                            .statusCode())
                    .as(bad)
                    .isEqualTo(400);
        }
        assertThat(http.send("GET", "/api/investments/999999/history", null, null, staff())
                        .statusCode())
                .isEqualTo(404);
    }
}

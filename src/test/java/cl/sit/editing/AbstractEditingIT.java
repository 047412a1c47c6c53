package cl.sit.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Versions and history of edited features, over real HTTP on both stores: {@code If-Match} and stale versions,
 * two editors saving the same version, all-or-nothing batches and imports, history, revert and as-of reads.
 */
abstract class AbstractEditingIT extends EditingItBase {

    @Test
    void updatesNeedIfMatchAndStaleVersionsAreRefused() {
        long id = created(CORRAL_EDITOR, LAND_USE, landUse(CORRAL_SQUARE, "Bosques"));
        HttpResponse<String> read = http.send("GET", item(LAND_USE, id), null, null, CORRAL_EDITOR);
        assertThat(read.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(send("PUT", item(LAND_USE, id), CORRAL_EDITOR, landUse(CORRAL_SQUARE, "Humedales"), null)
                        .statusCode())
                .isEqualTo(428);
        assertThat(send("DELETE", item(LAND_USE, id), CORRAL_EDITOR, null, null).statusCode())
                .isEqualTo(428);
        HttpResponse<String> patched = http.send(
                "PATCH",
                item(LAND_USE, id),
                "{\"properties\":{\"obs\":\"revisado\"}}",
                "application/merge-patch+json",
                CORRAL_EDITOR,
                "If-Match",
                "\"1\"");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(patched.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(Http.parse(patched.body()).at("/properties/uso").asString()).isEqualTo("Bosques");
        assertThat(Http.parse(patched.body()).at("/properties/obs").asString()).isEqualTo("revisado");
        HttpResponse<String> stale =
                send("PUT", item(LAND_USE, id), CORRAL_EDITOR, landUse(CORRAL_SQUARE, "Humedales"), "\"1\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(Http.parse(stale.body()).get("code").asString()).isEqualTo("VersionConflict");
        assertThat(http.send("GET", item(LAND_USE, id), null, null, CORRAL_EDITOR)
                        .body())
                .contains("revisado");
    }

    @Test
    void twoEditorsSavingTheSameVersionOneWinsTheOtherGets412AndNothingIsLost() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long id = created(CORRAL_EDITOR, LAND_USE, landUse(CORRAL_SQUARE, "Bosques"));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> saves = new ArrayList<>();
                for (String use : List.of("Humedales", "Terrenos agrícolas")) {
                    String who = use.equals("Humedales") ? CORRAL_EDITOR : ADMIN;
                    saves.add(pool.submit(() -> {
                        start.await();
                        return send("PUT", item(LAND_USE, id), who, landUse(CORRAL_SQUARE, use), "\"1\"");
                    }));
                }
                start.countDown();
                List<Integer> codes = new ArrayList<>();
                String winner = null;
                for (Future<HttpResponse<String>> f : saves) {
                    HttpResponse<String> r = f.get();
                    codes.add(r.statusCode());
                    if (r.statusCode() == 200) {
                        winner = Http.parse(r.body()).at("/properties/uso").asString();
                    }
                }
                Collections.sort(codes);
                assertThat(codes).as("round " + round).containsExactly(200, 412);
                JsonNode history = Http.parse(http.send("GET", item(LAND_USE, id) + "/history", null, null, ADMIN)
                        .body());
                assertThat(history.size()).isEqualTo(2);
                assertThat(history.at("/1/version").asInt()).isEqualTo(2);
                assertThat(history.at("/1/despues/properties/uso").asString()).isEqualTo(winner);
                JsonNode stored = Http.parse(
                        http.send("GET", item(LAND_USE, id), null, null, ADMIN).body());
                assertThat(stored.at("/properties/uso").asString()).isEqualTo(winner);
                assertThat(stored.at("/properties/version").asInt()).isEqualTo(2);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBatchWithOneInvalidFeatureChangesNothing() {
        long existing = created(CORRAL_EDITOR, LAND_USE, landUse(CORRAL_SQUARE, "Bosques"));
        int features = count(LAND_USE);
        int changes = historyRows();
        String batch = "{\"motivo\":\"carga de prueba\",\"operaciones\":["
                + "{\"operacion\":\"create\",\"elemento\":" + landUse(CORRAL_SQUARE, "Humedales") + "},"
                + "{\"operacion\":\"update\",\"id\":" + existing + ",\"version\":1,"
                + "\"elemento\":{\"properties\":{\"obs\":\"x\"}}},"
                + "{\"operacion\":\"create\",\"elemento\":" + landUse(CORRAL_BOW_TIE, "Bosques") + "}]}";
        HttpResponse<String> r =
                http.send("POST", "/collections/" + LAND_USE + "/batch", batch, "application/json", CORRAL_EDITOR);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode errors = Http.parse(r.body()).get("errores");
        assertThat(errors.size()).isEqualTo(1);
        assertThat(errors.at("/0/indice").asInt()).isEqualTo(3);
        assertThat(count(LAND_USE)).isEqualTo(features);
        assertThat(historyRows()).isEqualTo(changes);
        assertThat(http.send("GET", item(LAND_USE, existing), null, null, ADMIN)
                        .headers()
                        .firstValue("ETag"))
                .contains("\"1\"");

        // An old name next to a new one with another value is refused (400) before anything is checked.
        HttpResponse<String> both = http.send(
                "POST",
                "/collections/" + LAND_USE + "/batch",
                batch.replace("{\"operacion\":\"create\",", "{\"operacion\":\"create\",\"op\":\"delete\","),
                "application/json",
                CORRAL_EDITOR);
        assertThat(both.statusCode()).as(both.body()).isEqualTo(400);
        assertThat(Http.parse(both.body()).get("code").asString()).isEqualTo("InvalidBody");

        // The same batch without the bad feature is applied whole, each change with its history row; written with
        // the old names (operations, op, feature), accepted until 0.2.0.
        String good = batch.replace(landUse(CORRAL_BOW_TIE, "Bosques"), landUse(CORRAL_SQUARE, "Bosques"))
                .replace("\"operaciones\"", "\"operations\"")
                .replace("\"operacion\"", "\"op\"")
                .replace("\"elemento\"", "\"feature\"");
        HttpResponse<String> ok =
                http.send("POST", "/collections/" + LAND_USE + "/batch", good, "application/json", CORRAL_EDITOR);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
        assertThat(count(LAND_USE)).isEqualTo(features + 2);
        assertThat(historyRows()).isEqualTo(changes + 3);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM feature_history WHERE reason = 'carga de prueba'", Integer.class))
                .isEqualTo(3);
    }

    @Test
    void anImportWithOneBadFeatureIsRejectedWholeWithNumberedErrors() {
        String file = "{\"type\":\"FeatureCollection\",\"features\":[" + waste(-73.390, -39.984, "Punto limpio") + ","
                + waste(-73.391, -39.985, "Incinerador") + "," + waste(-73.0725, -39.8604, "Vertedero") + "]}";
        HttpResponse<String> r =
                http.send("POST", "/collections/" + WASTE + "/import", file, "application/geo+json", CORRAL_EDITOR);
        // Feature 2 has a value outside the domain; feature 3 lies in Valdivia, where this editor has no grant.
        assertThat(r.statusCode()).as(r.body()).isIn(403, 422);
        assertThat(count(WASTE)).isZero();
        assertThat(historyRows()).isZero();
        HttpResponse<String> admin =
                http.send("POST", "/collections/" + WASTE + "/import", file, "application/geo+json", ADMIN);
        assertThat(admin.statusCode()).isEqualTo(422);
        assertThat(Http.parse(admin.body()).at("/errores/0/indice").asInt()).isEqualTo(2);
        assertThat(count(WASTE)).isZero();
    }

    @Test
    void historyRevertAndAsOfReadsRebuildPastStates() throws Exception {
        long id = created(CORRAL_EDITOR, LAND_USE, landUse(CORRAL_SQUARE, "Bosques"));
        OffsetDateTime afterCreate = now();
        assertThat(http.send(
                                "PUT",
                                item(LAND_USE, id) + "?motivo=corrige%20el%20uso",
                                landUse(CORRAL_SQUARE, "Humedales"),
                                "application/geo+json",
                                CORRAL_EDITOR,
                                "If-Match",
                                "\"1\"")
                        .statusCode())
                .isEqualTo(200);
        OffsetDateTime afterUpdate = now();
        assertThat(send("DELETE", item(LAND_USE, id), CORRAL_EDITOR, null, "\"2\"")
                        .statusCode())
                .isEqualTo(204);
        assertThat(http.send("GET", item(LAND_USE, id), null, null, CORRAL_EDITOR)
                        .statusCode())
                .isEqualTo(404);

        JsonNode history = Http.parse(http.send("GET", item(LAND_USE, id) + "/history", null, null, CORRAL_EDITOR)
                .body());
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.at("/0/operacion").asString()).isEqualTo("create");
        assertThat(history.at("/0/antes").isNull()).isTrue();
        assertThat(history.at("/1/motivo").asString()).isEqualTo("corrige el uso");
        assertThat(history.at("/1/antes/properties/uso").asString()).isEqualTo("Bosques");
        assertThat(history.at("/1/despues/properties/uso").asString()).isEqualTo("Humedales");
        assertThat(history.at("/2/operacion").asString()).isEqualTo("delete");
        assertThat(history.at("/2/despues").isNull()).isTrue();
        assertThat(history.at("/2/usuario").asString()).isEqualTo(name(CORRAL_EDITOR));

        String items = "/collections/" + LAND_USE + "/items?asOf=";
        assertThat(asOf(items, afterCreate).at("/features/0/properties/uso").asString())
                .isEqualTo("Bosques");
        assertThat(asOf(items, afterUpdate).at("/features/0/properties/uso").asString())
                .isEqualTo("Humedales");
        assertThat(asOf(items, now()).get("numberMatched").asInt()).isZero();
        assertThat(asOf(items, afterCreate.minusDays(1)).get("numberMatched").asInt())
                .isZero();
        assertThat(http.send(
                                "GET",
                                "/collections/" + LAND_USE + "/items?datetime=" + afterCreate,
                                null,
                                null,
                                CORRAL_EDITOR)
                        .body())
                .contains("Bosques");
        assertThat(http.send("GET", "/collections/" + LAND_USE + "/items?asOf=ayer", null, null, CORRAL_EDITOR)
                        .statusCode())
                .isEqualTo(400);

        // Revert a deletion to version 1: the feature comes back with its id, as version 4.
        HttpResponse<String> stale = http.send(
                "POST",
                item(LAND_USE, id) + "/revert",
                "{\"version\":1}",
                "application/json",
                CORRAL_EDITOR,
                "If-Match",
                "\"2\"");
        assertThat(stale.statusCode()).isEqualTo(412);
        HttpResponse<String> back = http.send(
                "POST",
                item(LAND_USE, id) + "/revert",
                "{\"version\":1}",
                "application/json",
                CORRAL_EDITOR,
                "If-Match",
                "\"3\"");
        assertThat(back.statusCode()).as(back.body()).isEqualTo(200);
        assertThat(back.headers().firstValue("ETag")).contains("\"4\"");
        JsonNode restored = Http.parse(
                http.send("GET", item(LAND_USE, id), null, null, CORRAL_EDITOR).body());
        assertThat(restored.at("/properties/uso").asString()).isEqualTo("Bosques");
        assertThat(restored.at("/properties/version").asInt()).isEqualTo(4);
        JsonNode after = Http.parse(http.send("GET", item(LAND_USE, id) + "/history", null, null, CORRAL_EDITOR)
                .body());
        assertThat(after.at("/3/operacion").asString()).isEqualTo("revert");
        assertThat(after.at("/3/motivo").asString()).isEqualTo("Vuelta a la versión 1");
    }
}

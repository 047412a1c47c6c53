package cl.sit.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.agenda21.review.ReviewStatus;
import cl.sit.support.Http;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Who may do what on editable layers, over real HTTP on both stores: the authorization matrix, grants scoped
 * to commune and layer, drafts hidden from anonymous readers, and extents and tile bounds limited to what the
 * reader may see.
 */
abstract class AbstractEditingAccessIT extends EditingItBase {

    @ParameterizedTest(name = "{0}: read {1}, create {2}, update {3}, delete {4}, import {5}, revert {6}")
    @CsvSource({
        "anonymous,        404, 401, 401, 401, 401, 401",
        "editor-corral,    200, 201, 200, 204, 201, 200",
        "editor-valdivia,  404, 403, 403, 403, 403, 403",
        "inversion,        404, 403, 403, 403, 403, 403",
        "admin,            200, 201, 200, 204, 201, 200"
    })
    void authorizationMatrix(String actor, int read, int create, int update, int delete, int importFile, int revert) {
        String who = credentials(actor);
        long a = created(ADMIN, LAND_USE, landUse(CORRAL_SQUARE, "Bosques"));
        long b = created(ADMIN, LAND_USE, landUse(CORRAL_SQUARE, "Terrenos agrícolas"));
        assertThat(send("PUT", item(LAND_USE, a), ADMIN, landUse(CORRAL_SQUARE, "Humedales"), "\"1\"")
                        .statusCode())
                .isEqualTo(200);
        int features = count(LAND_USE);
        int changes = historyRows();

        assertThat(http.send("GET", item(LAND_USE, a), null, null, who).statusCode())
                .as("read")
                .isEqualTo(read);
        HttpResponse<String> c =
                send("POST", "/collections/" + LAND_USE + "/items", who, landUse(CORRAL_SQUARE, "Bosques"), null);
        assertThat(c.statusCode()).as("create: " + c.body()).isEqualTo(create);
        HttpResponse<String> u =
                send("PUT", item(LAND_USE, a), who, landUse(CORRAL_SQUARE, "Praderas y matorrales"), "\"2\"");
        assertThat(u.statusCode()).as("update: " + u.body()).isEqualTo(update);
        HttpResponse<String> d = send("DELETE", item(LAND_USE, b), who, null, "\"1\"");
        assertThat(d.statusCode()).as("delete: " + d.body()).isEqualTo(delete);
        HttpResponse<String> i = http.send(
                "POST",
                "/collections/" + LAND_USE + "/import",
                "{\"type\":\"FeatureCollection\",\"features\":[" + landUse(CORRAL_SQUARE, "Bosques") + "]}",
                "application/geo+json",
                who);
        assertThat(i.statusCode()).as("import: " + i.body()).isEqualTo(importFile);
        String version = update == 200 ? "\"3\"" : "\"2\"";
        HttpResponse<String> r = http.send(
                "POST", item(LAND_USE, a) + "/revert", "{\"version\":1}", "application/json", who, "If-Match", version);
        assertThat(r.statusCode()).as("revert: " + r.body()).isEqualTo(revert);

        if (create >= 400) {
            // A refused user changed nothing at all.
            assertThat(count(LAND_USE)).isEqualTo(features);
            assertThat(historyRows()).isEqualTo(changes);
            assertThat(Http.parse(c.body()).get("code").asString()).isIn("Unauthorized", "Forbidden");
        } else {
            assertThat(count(LAND_USE)).isEqualTo(features + 2 - 1);
            assertThat(historyRows()).isEqualTo(changes + 5);
        }
    }

    @Test
    void grantsAreScopedToCommuneAndLayerAndNeverReachInvestment() {
        // The Corral editor cannot create in Valdivia; the Valdivia editor can.
        HttpResponse<String> wrongCommune = send(
                "POST",
                "/collections/" + LAND_USE + "/items",
                CORRAL_EDITOR,
                landUse(VALDIVIA_SQUARE, "Bosques"),
                null);
        assertThat(wrongCommune.statusCode()).isEqualTo(403);
        assertThat(wrongCommune.body()).contains("14101");
        assertThat(send(
                                "POST",
                                "/collections/" + LAND_USE + "/items",
                                VALDIVIA_EDITOR,
                                landUse(VALDIVIA_SQUARE, "Bosques"),
                                null)
                        .statusCode())
                .isEqualTo(201);
        // A grant on one layer does not open the others.
        assertThat(send(
                                "POST",
                                "/collections/" + LAND_USE + "/items",
                                WASTE_ONLY_EDITOR,
                                landUse(CORRAL_SQUARE, "Bosques"),
                                null)
                        .statusCode())
                .isEqualTo(403);
        assertThat(send(
                                "POST",
                                "/collections/" + WASTE + "/items",
                                WASTE_ONLY_EDITOR,
                                waste(-73.390, -39.984, "Punto limpio"),
                                null)
                        .statusCode())
                .isEqualTo(201);
        // Editors never touch investment data, nor read-only layers, nor users.
        assertThat(http.send(
                                "PUT",
                                "/api/investments/1",
                                "{}",
                                "application/geo+json",
                                CORRAL_EDITOR,
                                "If-Match",
                                "\"1\"")
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/collections/comunas/items", ADMIN, landUse(CORRAL_SQUARE, "Bosques"), null)
                        .statusCode())
                .isEqualTo(405);
        assertThat(http.send(
                                "POST",
                                "/api/users",
                                "{\"username\":\"x-y-z\",\"password\":\"0123456789\"}",
                                "application/json",
                                CORRAL_EDITOR)
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void draftsAreHiddenFromAnonymousUsersUntilPublished() {
        long id = created(CORRAL_EDITOR, LAND_USE, landUse(CORRAL_SQUARE, "Bosques"));
        assertThat(http.json("/collections/" + LAND_USE + "/items")
                        .get("numberMatched")
                        .asInt())
                .isZero();
        assertThat(http.send("GET", "/collections/" + LAND_USE + "/items", null, null, CORRAL_EDITOR)
                        .body())
                .contains("\"numberMatched\":1");
        assertThat(http.send("GET", "/collections/" + LAND_USE + "/items", null, null, VALDIVIA_EDITOR)
                        .body())
                .contains("\"numberMatched\":0");
        assertThat(http.send("GET", item(LAND_USE, id) + "/history", null, null, null)
                        .statusCode())
                .isEqualTo(401);

        status.set(LAND_USE, "14102", ReviewStatus.PUBLISHED, "admin", null);
        JsonNode published = http.json("/collections/" + LAND_USE + "/items");
        assertThat(published.get("numberMatched").asInt()).isEqualTo(1);
        assertThat(published.at("/features/0/properties/cut").asString()).isEqualTo("14102");
        assertThat(http.get(item(LAND_USE, id)).statusCode()).isEqualTo(200);
    }

    /** Extents and tile bounds are computed over what the reader may see, so a draft's place never leaks. */
    @Test
    void extentsAndTileBoundsCoverOnlyWhatTheReaderMaySee() {
        created(CORRAL_EDITOR, LAND_USE, landUse(CORRAL_SQUARE, "Bosques"));
        String collection = "/collections/" + LAND_USE;
        String tileJson = "/tiles/" + LAND_USE + ".json";
        assertThat(http.json(collection).has("extent"))
                .as("anonymous extent over drafts")
                .isFalse();
        assertThat(layerInList(http.json("/collections")).has("extent")).isFalse();
        assertThat(http.json(tileJson).at("/bounds/0").asDouble())
                .as("the whole world")
                .isEqualTo(-180);
        JsonNode mine = Http.parse(
                http.send("GET", collection, null, null, CORRAL_EDITOR).body());
        assertThat(mine.at("/extent/spatial/bbox/0/0").asDouble()).isEqualTo(-73.392);
        assertThat(Http.parse(http.send("GET", tileJson, null, null, CORRAL_EDITOR)
                                .body())
                        .at("/bounds/3")
                        .asDouble())
                .isEqualTo(-39.982);
        assertThat(http.send("GET", collection, null, null, CORRAL_EDITOR)
                        .headers()
                        .firstValue("ETag"))
                .isNotEqualTo(http.get(collection).headers().firstValue("ETag"));

        status.set(LAND_USE, "14102", ReviewStatus.PUBLISHED, "admin", null);
        assertThat(http.json(collection).at("/extent/spatial/bbox/0/1").asDouble())
                .isEqualTo(-39.986);
        assertThat(layerInList(http.json("/collections"))
                        .at("/extent/spatial/bbox/0/2")
                        .asDouble())
                .isEqualTo(-73.388);
        assertThat(http.json(tileJson).at("/bounds/0").asDouble()).isEqualTo(-73.392);
    }

    private static JsonNode layerInList(JsonNode collections) {
        for (JsonNode c : collections.get("collections")) {
            if (c.get("id").asString().equals(LAND_USE)) {
                return c;
            }
        }
        throw new AssertionError("no " + LAND_USE + " in /collections");
    }
}

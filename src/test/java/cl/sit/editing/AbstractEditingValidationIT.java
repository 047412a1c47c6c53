package cl.sit.editing;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

/**
 * Validation on write, over real HTTP on both stores: values beyond what can be stored, invalid geometries
 * located and named, geometries outside their commune, and every problem of a feature reported at once.
 */
abstract class AbstractEditingValidationIT extends EditingItBase {

    /**
     * Values no field can hold are refused with the attribute named, not stored clamped or mangled: a number
     * beyond the exact range, dates outside 1800–2200, text with a lone surrogate, coordinates that are text or
     * have a fourth number. An altitude (third number) is allowed and dropped.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "integer of 40 nines | asentamientos | poblacion | {\"nombre\":\"Prueba\",\"categoria\":\"Aldea\",\"poblacion\":"
                        + "9999999999999999999999999999999999999999} | [-73.39,-39.984]",
                "integer past 2^53   | asentamientos | poblacion | {\"nombre\":\"Prueba\",\"categoria\":\"Aldea\",\"poblacion\":"
                        + "1.0e300} | [-73.39,-39.984]",
                "far future date     | residuos | fecha | {\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\",\"fecha\":"
                        + "\"+999999999-12-31\"} | [-73.39,-39.984]",
                "ancient date        | residuos | fecha | {\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\",\"fecha\":"
                        + "\"-5000-01-01\"} | [-73.39,-39.984]",
                "lone surrogate      | residuos | nombre | {\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\",\"nombre\":"
                        + "\"Punto \\ud800 limpio\"} | [-73.39,-39.984]",
                "text coordinates    | residuos | geometry | {\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\"}"
                        + " | [\"-73.39\",\"-39.984\"]",
                "four ordinates      | residuos | geometry | {\"tipo\":\"Punto limpio\",\"estado\":\"Operativo\"}"
                        + " | [-73.39,-39.984,0,0]"
            })
    void valuesBeyondWhatCanBeStoredAreRefused(
            String name, String layer, String field, String properties, String point) {
        String feature = "{\"type\":\"Feature\",\"properties\":" + properties
                + ",\"geometry\":{\"type\":\"Point\",\"coordinates\":" + point + "}}";
        HttpResponse<String> r = send("POST", "/collections/a21-" + layer + "/items", CORRAL_EDITOR, feature, null);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        assertThat(Http.parse(r.body()).at("/errores/0/campo").asString()).isEqualTo(field);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM feature_history WHERE layer_id = ?", Integer.class, "a21-" + layer))
                .isZero();
    }

    @Test
    void anAltitudeIsAcceptedAndDropped() {
        long id = created(
                CORRAL_EDITOR, WASTE, waste(-73.390, -39.984, "Punto limpio").replace("-39.984]", "-39.984,12.5]"));
        assertThat(http.send("GET", item(WASTE, id), null, null, CORRAL_EDITOR).body())
                .contains("\"coordinates\":[-73.39,-39.984]");
    }

    @Test
    void invalidGeometryIsA422ThatNamesAndLocatesTheProblemAndChangesNothing() {
        HttpResponse<String> r = send(
                "POST", "/collections/" + LAND_USE + "/items", CORRAL_EDITOR, landUse(CORRAL_BOW_TIE, "Bosques"), null);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode error = Http.parse(r.body()).at("/errores/0");
        assertThat(error.get("campo").asString()).isEqualTo("geometry");
        assertThat(error.get("mensaje").asString()).contains("autointersección");
        assertThat(error.at("/ubicacion/0").asDouble()).isCloseTo(-73.390, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(error.at("/ubicacion/1").asDouble()).isCloseTo(-39.984, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(count(LAND_USE)).isZero();
        assertThat(historyRows()).isZero();

        // Repair only on request: the preview is valid, and nothing is saved until it is sent as an edit.
        HttpResponse<String> repair = http.send(
                "POST",
                "/collections/" + LAND_USE + "/repair",
                "{\"type\":\"Polygon\",\"coordinates\":" + CORRAL_BOW_TIE + "}",
                "application/json",
                CORRAL_EDITOR);
        JsonNode preview = Http.parse(repair.body());
        assertThat(preview.get("valida").asBoolean()).isFalse();
        assertThat(preview.at("/geometria/type").asString()).isEqualTo("MultiPolygon");
        assertThat(preview.at("/geometria/coordinates").size()).isEqualTo(2);
        assertThat(count(LAND_USE)).isZero();
        String repaired = "{\"type\":\"Feature\",\"properties\":{\"uso\":\"Bosques\"},\"geometry\":"
                + preview.get("geometria") + "}";
        assertThat(send("POST", "/collections/" + LAND_USE + "/items", CORRAL_EDITOR, repaired, null)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void geometryOutsideItsCommuneWrongTypeAndBadAttributesAreAllReported() {
        // A square straddling the Corral-Valdivia border, far beyond the 50 m tolerance.
        long id = created(CORRAL_EDITOR, LAND_USE, landUse(CORRAL_SQUARE, "Bosques"));
        HttpResponse<String> moved =
                send("PUT", item(LAND_USE, id), CORRAL_EDITOR, landUse(VALDIVIA_SQUARE, "Bosques"), "\"1\"");
        assertThat(moved.statusCode()).isEqualTo(422);
        // Names next to codes, once each: "la comuna Corral (14102)", never "la comuna 14102 (Corral)".
        assertThat(moved.body())
                .contains("sale de la comuna Corral (14102): 100 % queda fuera")
                .contains("tolerancia es 50 m")
                .doesNotContain("14102 (Corral)");

        String bad = "{\"type\":\"Feature\",\"properties\":{\"uso\":\"Piscinas\",\"anio\":1800,\"color\":\"rojo\","
                + "\"version\":7,\"cut\":\"14101\"},\"geometry\":{\"type\":\"Point\",\"coordinates\":[-73.39,-39.984]}}";
        JsonNode refused = Http.parse(
                send("PUT", item(LAND_USE, id), CORRAL_EDITOR, bad, "\"1\"").body());
        assertThat(refused.get("description").asString())
                .isEqualTo("Hay 6 problemas en los datos enviados; no se guardó nada");
        JsonNode errors = refused.get("errores");
        List<String> fields = new ArrayList<>();
        errors.forEach(e -> fields.add(e.get("campo").asString()));
        assertThat(fields).containsExactlyInAnyOrder("color", "uso", "anio", "version", "cut", "geometry");
        assertThat(errors.toString()).contains("de polígono").contains("Áreas urbanas e industriales");

        String required = "{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":"
                + CORRAL_SQUARE + "}}";
        assertThat(send("POST", "/collections/" + LAND_USE + "/items", CORRAL_EDITOR, required, null)
                        .body())
                .contains("Falta el atributo obligatorio «Uso»");
        String utm = "{\"type\":\"Feature\",\"properties\":{\"tipo\":\"Vertedero\",\"estado\":\"Cerrado\"},"
                + "\"geometry\":{\"type\":\"Point\",\"coordinates\":[650000,5580000]}}";
        assertThat(send("POST", "/collections/" + WASTE + "/items", ADMIN, utm, null)
                        .body())
                .contains("no es longitud/latitud WGS84");
        assertThat(count(LAND_USE)).isEqualTo(1);
        assertThat(historyRows()).isEqualTo(1);
    }

    @Test
    void aGeometryOutsideEveryCommuneNamesTheNearestOneAndItsDistance() {
        // Open sea 2.5 km off Corral's coast: outside every commune, with or without the communes' inland water.
        HttpResponse<String> r =
                send("POST", "/collections/" + WASTE + "/items", ADMIN, waste(-73.55, -39.90, "Punto limpio"), null);
        assertThat(r.statusCode()).isEqualTo(422);
        JsonNode error = Http.parse(r.body()).at("/errores/0");
        assertThat(error.get("campo").asString()).isEqualTo("geometry");
        Matcher m = Pattern.compile("La geometría no cae dentro de ninguna comuna: la más cercana es Corral "
                        + "\\(14102\\), a (\\d{1,3}(?:\\.\\d{3})*) m")
                .matcher(error.get("mensaje").asString());
        assertThat(m.find()).as(error.get("mensaje").asString()).isTrue();
        // PostGIS's geography distance is 2,464 m; the local plane agrees within a few metres.
        assertThat(Integer.parseInt(m.group(1).replace(".", ""))).isBetween(2_400, 2_530);
        assertThat(count(WASTE)).isZero();
        assertThat(historyRows()).isZero();
    }

    @Test
    void aGeometryPartlyInsideACommuneSaysHowMuchIsOutside() {
        // A square over Corral's coast: a third of its area is sea (33.5 % by PostGIS geography areas).
        String coast = "[[[-73.51,-39.92],[-73.47,-39.92],[-73.47,-39.88],[-73.51,-39.88],[-73.51,-39.92]]]";
        HttpResponse<String> r =
                send("POST", "/collections/" + LAND_USE + "/items", ADMIN, landUse(coast, "Bosques"), null);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(Http.parse(r.body()).get("code").asString()).isEqualTo("InvalidFeature");
        String message = Http.parse(r.body()).at("/errores/0/mensaje").asString();
        assertThat(message).doesNotContain("ninguna comuna");
        Matcher m = Pattern.compile("(\\d{1,3}(?:,\\d)?) % fuera de la comuna Corral \\(14102\\)")
                .matcher(message);
        assertThat(m.find()).as(message).isTrue();
        assertThat(Double.parseDouble(m.group(1).replace(',', '.'))).isBetween(32.5, 34.5);
        assertThat(count(LAND_USE)).isZero();
    }
}

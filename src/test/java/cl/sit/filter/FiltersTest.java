package cl.sit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.sit.layer.AttributeType;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureFilter;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import cl.sit.storage.Wkb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.io.WKTReader;

class FiltersTest {

    static final Layer COMMUNES = new Layer("comunas", "Comunas", "", "commune_layer", "cut", "MultiPolygon",
            List.of(new LayerAttribute("cut", AttributeType.STRING, "CUT"),
                    new LayerAttribute("nombre", AttributeType.STRING, "Nombre"),
                    new LayerAttribute("poblacion", AttributeType.INTEGER, "Población"),
                    new LayerAttribute("area_km2", AttributeType.NUMBER, "Área"),
                    new LayerAttribute("vigente", AttributeType.BOOLEAN, "Vigente"),
                    new LayerAttribute("desde", AttributeType.DATE, "Desde")),
            null, false, "prueba", true);

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "nombre = 'Corral'|{\"op\":\"=\",\"args\":[{\"property\":\"nombre\"},\"Corral\"]}",
        "poblacion >= 5000 AND NOT area_km2 < 10.5|{\"op\":\"and\",\"args\":[{\"op\":\">=\",\"args\":[{\"property\":"
                + "\"poblacion\"},5000]},{\"op\":\"not\",\"args\":[{\"op\":\"<\",\"args\":[{\"property\":\"area_km2\"},"
                + "10.5]}]}]}",
        "nombre LIKE 'Val%' OR cut IN ('14101', '14102')|{\"op\":\"or\",\"args\":[{\"op\":\"like\",\"args\":[{\"property"
                + "\":\"nombre\"},\"Val%\"]},{\"op\":\"in\",\"args\":[{\"property\":\"cut\"},[\"14101\",\"14102\"]]}]}",
        "poblacion BETWEEN 1 AND 9|{\"op\":\"between\",\"args\":[{\"property\":\"poblacion\"},1,9]}",
        "nombre IS NULL|{\"op\":\"isNull\",\"args\":[{\"property\":\"nombre\"}]}",
        "desde > DATE('2020-01-31')|{\"op\":\">\",\"args\":[{\"property\":\"desde\"},{\"date\":\"2020-01-31\"}]}",
        "S_INTERSECTS(geometry, POINT(-73.2 -39.8))|{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},"
                + "{\"type\":\"Point\",\"coordinates\":[-73.2,-39.8]}]}",
        "s_within(geometry, BBOX(-74, -41, -71, -39))|{\"op\":\"s_within\",\"args\":[{\"property\":\"geometry\"},"
                + "{\"bbox\":[-74,-41,-71,-39]}]}",
        "S_DWITHIN(geometry, POINT(-73 -40), 1500)|{\"op\":\"s_dwithin\",\"args\":[{\"property\":\"geometry\"},"
                + "{\"type\":\"Point\",\"coordinates\":[-73,-40]},1500]}",
        "vigente = TRUE|{\"op\":\"=\",\"args\":[{\"property\":\"vigente\"},true]}",
        "S_CROSSES(geometry, LINESTRING(-73 -40, -72 -39))|{\"op\":\"s_crosses\",\"args\":[{\"property\":\"geometry\"},"
                + "{\"type\":\"LineString\",\"coordinates\":[[-73,-40],[-72,-39]]}]}"})
    void textAndJsonGiveTheSameTree(String text, String json) {
        Expr fromText = Filters.parse(text, Filters.CQL2_TEXT);
        assertThat(fromText).isEqualTo(Filters.parse(json, Filters.CQL2_JSON));
        Filters.bind(fromText, COMMUNES);
    }

    @Test
    void notLikeBetweenAndInAreNegations() {
        assertThat(Filters.parse("nombre NOT LIKE 'C%'", Filters.CQL2_TEXT))
                .isEqualTo(new Expr.Not(new Expr.Like(new Expr.Property("nombre"), "C%")));
        assertThat(Filters.parse("poblacion IS NOT NULL", Filters.CQL2_TEXT))
                .isEqualTo(new Expr.Not(new Expr.IsNull(new Expr.Property("poblacion"))));
        assertThat(Filters.parse("\"nombre\" <> 'a' and (poblacion < 3 or poblacion > 7)", Filters.CQL2_TEXT))
                .isEqualTo(new Expr.And(List.of(
                        new Expr.Comparison("<>", new Expr.Property("nombre"), new Expr.Literal("a")),
                        new Expr.Or(List.of(
                                new Expr.Comparison("<", new Expr.Property("poblacion"), new Expr.Literal(3L)),
                                new Expr.Comparison(">", new Expr.Property("poblacion"), new Expr.Literal(7L)))))));
    }

    @Test
    void injectionAttemptsStayValues() {
        Expr e = Filters.parse("nombre = 'x'' OR 1=1 --'", Filters.CQL2_TEXT);
        assertThat(e).isEqualTo(new Expr.Comparison("=", new Expr.Property("nombre"),
                new Expr.Literal("x' OR 1=1 --")));
        List<Object> params = new ArrayList<>();
        String sql = Filters.bind(e, COMMUNES).sql(params);
        assertThat(sql).isEqualTo("(\"nombre\" = ?)");
        assertThat(params).containsExactly("x' OR 1=1 --");
        // A property name cannot smuggle SQL either: it must be a queryable.
        assertThatThrownBy(() -> Filters.bind(Filters.parse("\"nombre\"\" = '' OR 1=1 --\" = 'x'",
                Filters.CQL2_TEXT), COMMUNES)).isInstanceOf(InvalidFilter.class)
                .hasMessageContaining("no existe");
    }

    @Test
    void constantPredicatesAreDecidedBeforeSql() {
        List<Object> params = new ArrayList<>();
        String sql = Filters.bind(Filters.parse("1 = 1 AND 'a' > 'b' OR TRUE AND NOT 3 IN (1, 2) AND "
                + "S_INTERSECTS(POINT(1 1), BBOX(0, 0, 2, 2))", Filters.CQL2_TEXT), COMMUNES).sql(params);
        assertThat(sql).isEqualTo("(((1 = 1) AND (1 = 0)) OR ((1 = 1) AND (NOT (1 = 0)) AND (1 = 1)))");
        assertThat(params).isEmpty();
    }

    @Test
    void sqlHasBoundValuesAndQuotedRegistryNamesOnly() {
        List<Object> params = new ArrayList<>();
        String sql = Filters.bind(Filters.parse("nombre LIKE 'a\\%b\\x%' AND poblacion IN (1, 2) AND "
                + "S_INTERSECTS(geometry, POINT(1 2)) AND S_DISJOINT(geometry, POINT(1 2))", Filters.CQL2_TEXT),
                COMMUNES).sql(params);
        assertThat(sql).isEqualTo("((\"nombre\" LIKE ? ESCAPE '\\') AND (\"poblacion\" IN (?, ?)) AND "
                + "(\"geom\" && ST_GeomFromWKB(?, 4326) AND ST_Intersects(\"geom\", ST_GeomFromWKB(?, 4326))) AND "
                + "(ST_Disjoint(\"geom\", ST_GeomFromWKB(?, 4326))))");
        assertThat(params.subList(0, 3)).containsExactly("a\\%bx%", 1L, 2L);
        assertThat(params.get(3)).isInstanceOf(byte[].class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "nombre = |posición 9: se esperaba una propiedad o un valor y se encontró el fin del filtro",
        "nombre = 'a' AND|posición 17: se esperaba una propiedad o un valor",
        "(nombre = 'a'|posición 14: se esperaba ')'",
        "nombre == 'a'|posición 9: se esperaba una propiedad o un valor y se encontró '='",
        "nombre ~ 'a'|posición 8: carácter inesperado '~'",
        "nombre = 'abc|posición 10: falta la comilla",
        "nombre 'a'|posición 8: se esperaba un operador de comparación",
        "S_INTERSECTS(geometry, POINT(1))|geometría WKT mal formada",
        "poblacion BETWEEN 1 2|posición 21: se esperaba 'AND'",
        "desde > DATE('2020-13-01')|no es una fecha"})
    void malformedTextSaysWhereAndWhat(String filter, String message) {
        assertThatThrownBy(() -> Filters.parse(filter, Filters.CQL2_TEXT)).isInstanceOf(InvalidFilter.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "{\"op\":\"=\",\"args\":[{\"property\":\"nombre\"}]}|en /args: se esperaba 2 argumento(s) y no 1",
        "{\"op\":\"and\",\"args\":[true,{\"op\":\"like\",\"args\":[{\"property\":\"nombre\"},3]}]}|en /args/1/args/1",
        "{\"op\":\"xor\",\"args\":[]}|en /op",
        "{\"op\":\"=\",\"args\":[{\"propiedad\":\"nombre\"},1]}|en /args/0",
        "{nombre|no es JSON"})
    void malformedJsonSaysWhereAndWhat(String filter, String message) {
        assertThatThrownBy(() -> Filters.parse(filter, Filters.CQL2_JSON)).isInstanceOf(InvalidFilter.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "costo > 5|La propiedad 'costo' no existe en la colección comunas. Consultables: cut, nombre, poblacion, "
                + "area_km2, vigente, desde, geometry",
        "nombre > 5|'>' compara la propiedad 'nombre' (texto) con un valor (número)",
        "poblacion LIKE '1%'|LIKE solo se aplica a texto",
        "desde > TIMESTAMP('2020-01-01T00:00:00Z')|los tipos deben coincidir",
        "vigente < TRUE|no compara valores de tipo booleano",
        "S_INTERSECTS(nombre, POINT(1 2))|compara geometrías",
        "S_DWITHIN(geometry, POINT(1 2), -1)|mayor o igual a 0",
        "nombre|se esperaba un operador"})
    void filtersThatDoNotFitTheLayerAreRejected(String filter, String message) {
        assertThatThrownBy(() -> Filters.bind(Filters.parse(filter, Filters.CQL2_TEXT), COMMUNES))
                .isInstanceOf(InvalidFilter.class).hasMessageContaining(message);
    }

    @Test
    void aLikePatternMayNotEndInALoneEscape() {
        // In cql2-text \' escapes a quote, so such a pattern can only come in cql2-json.
        assertThatThrownBy(() -> Filters.bind(Filters.parse("{\"op\":\"like\",\"args\":[{\"property\":\"nombre\"},"
                + "\"abc\\\\\"]}", Filters.CQL2_JSON), COMMUNES)).isInstanceOf(InvalidFilter.class)
                .hasMessageContaining("termina en un '\\'");
    }

    @Test
    void inMemoryEvaluationUsesThreeValuedLogic() throws Exception {
        Feature withNulls = feature(null, 10L, null);
        assertThat(matches("nombre = 'a'", withNulls)).isFalse();
        assertThat(matches("NOT nombre = 'a'", withNulls)).isFalse();
        assertThat(matches("nombre = 'a' OR poblacion = 10", withNulls)).isTrue();
        assertThat(matches("NOT (nombre = 'a' AND poblacion = 11)", withNulls)).isTrue();
        assertThat(matches("nombre IS NULL AND desde IS NULL", withNulls)).isTrue();
        Feature full = feature("Valdivia_1", 10L, LocalDate.of(2020, 5, 1));
        assertThat(matches("nombre LIKE 'Val%\\_1'", full)).isTrue();
        assertThat(matches("nombre LIKE 'val%'", full)).isFalse();
        assertThat(matches("poblacion BETWEEN 9.5 AND 10", full)).isTrue();
        assertThat(matches("poblacion IN (1, 10)", full)).isTrue();
        assertThat(matches("desde >= DATE('2020-05-01') AND desde < DATE('2020-05-02')", full)).isTrue();
        assertThat(matches("S_WITHIN(geometry, BBOX(-74, -41, -72, -39))", full)).isTrue();
        assertThat(matches("S_DISJOINT(geometry, POINT(-72 -39))", full)).isTrue();
        assertThat(matches("S_CONTAINS(geometry, POINT(-73.15 -39.85))", full)).isTrue();
    }

    @Test
    void dwithinMeasuresMetresOnALocalProjection() throws Exception {
        Feature f = feature("a", 1L, null);   // the square's nearest corner to the point is (-73.1, -39.9)
        // One minute of latitude is about 1 852 m: the point 0.01° south of the corner is about 1 110 m away.
        assertThat(matches("S_DWITHIN(geometry, POINT(-73.1 -39.91), 1120)", f)).isTrue();
        assertThat(matches("S_DWITHIN(geometry, POINT(-73.1 -39.91), 1100)", f)).isFalse();
        List<Object> params = new ArrayList<>();
        String sql = Filters.bind(Filters.parse("S_DWITHIN(geometry, POINT(-73.1 -39.91), 1120)",
                Filters.CQL2_TEXT), COMMUNES).sql(params);
        assertThat(sql).isEqualTo("(\"geom\" && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ST_DWithin(ST_Scale(\"geom\", "
                + "?, ?), ST_Scale(ST_GeomFromWKB(?, 4326), ?, ?), ?))");
        assertThat(params.get(params.size() - 1)).isEqualTo(1120.0);
    }

    private static boolean matches(String filter, Feature f) {
        FeatureFilter bound = Filters.bind(Filters.parse(filter, Filters.CQL2_TEXT), COMMUNES);
        return bound.test(f);
    }

    private static Feature feature(String nombre, Long poblacion, LocalDate desde) throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("cut", "1");
        p.put("nombre", nombre);
        p.put("poblacion", poblacion);
        p.put("area_km2", null);
        p.put("vigente", true);
        p.put("desde", desde);
        return new Feature("1", p, new WKTReader(Wkb.FACTORY).read(
                "POLYGON((-73.2 -39.9, -73.1 -39.9, -73.1 -39.8, -73.2 -39.8, -73.2 -39.9))"));
    }
}

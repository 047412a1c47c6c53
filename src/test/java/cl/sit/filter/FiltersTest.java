package cl.sit.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cl.sit.geometry.Geometries;
import cl.sit.layer.AttributeType;
import cl.sit.layer.Feature;
import cl.sit.layer.FeatureFilter;
import cl.sit.layer.Layer;
import cl.sit.layer.LayerAttribute;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.locationtech.jts.io.WKTReader;

class FiltersTest {

    static final Layer COMMUNES = new Layer(
            "comunas",
            "Comunas",
            "",
            "commune_layer",
            "cut",
            "MultiPolygon",
            List.of(
                    new LayerAttribute("cut", AttributeType.STRING, "CUT"),
                    new LayerAttribute("nombre", AttributeType.STRING, "Nombre"),
                    new LayerAttribute("poblacion", AttributeType.INTEGER, "Población"),
                    new LayerAttribute("area_km2", AttributeType.NUMBER, "Área"),
                    new LayerAttribute("vigente", AttributeType.BOOLEAN, "Vigente"),
                    new LayerAttribute("desde", AttributeType.DATE, "Desde")),
            null,
            false,
            "prueba",
            true);

    /** A layer with a period per feature, for the temporal functions. */
    static final Layer PERIODS = new Layer(
            "periodos",
            "Periodos",
            "",
            "periodos",
            "id",
            "Point",
            List.of(
                    new LayerAttribute("nombre", AttributeType.STRING, "Nombre"),
                    new LayerAttribute("inicio", AttributeType.DATE, "Inicio"),
                    new LayerAttribute("fin", AttributeType.DATE, "Fin")),
            null,
            false,
            "prueba",
            true);

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
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
                        + "{\"type\":\"LineString\",\"coordinates\":[[-73,-40],[-72,-39]]}]}",
                "T_AFTER(desde, DATE('2020-01-31'))|{\"op\":\"t_after\",\"args\":[{\"property\":\"desde\"},"
                        + "{\"date\":\"2020-01-31\"}]}",
                "t_intersects(TIMESTAMP('2020-01-01T10:00:00Z'), INTERVAL('..', desde))|{\"op\":\"T_INTERSECTS\",\"args\":["
                        + "{\"timestamp\":\"2020-01-01T10:00:00Z\"},{\"interval\":[\"..\",{\"property\":\"desde\"}]}]}",
                "T_EQUALS(\"desde\", INTERVAL('2020-01-01T00:00:00Z', '2020-01-02'))|{\"op\":\"t_equals\",\"args\":["
                        + "{\"property\":\"desde\"},{\"interval\":[\"2020-01-01T00:00:00Z\",\"2020-01-02\"]}]}",
                "NOT T_DISJOINT(desde, desde) AND nombre = 'a'|{\"op\":\"and\",\"args\":[{\"op\":\"not\",\"args\":["
                        + "{\"op\":\"t_disjoint\",\"args\":[{\"property\":\"desde\"},{\"property\":\"desde\"}]}]},"
                        + "{\"op\":\"=\",\"args\":[{\"property\":\"nombre\"},\"a\"]}]}"
            })
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
        assertThat(e)
                .isEqualTo(new Expr.Comparison("=", new Expr.Property("nombre"), new Expr.Literal("x' OR 1=1 --")));
        List<Object> params = new ArrayList<>();
        String sql = Filters.bind(e, COMMUNES).sql(params);
        assertThat(sql).isEqualTo("(\"nombre\" = ?)");
        assertThat(params).containsExactly("x' OR 1=1 --");
        // A property name cannot smuggle SQL either: it must be a queryable.
        assertThatThrownBy(() ->
                        Filters.bind(Filters.parse("\"nombre\"\" = '' OR 1=1 --\" = 'x'", Filters.CQL2_TEXT), COMMUNES))
                .isInstanceOf(InvalidFilter.class)
                .hasMessageContaining("no existe");
    }

    @Test
    void constantPredicatesAreDecidedBeforeSql() {
        List<Object> params = new ArrayList<>();
        String sql = Filters.bind(
                        Filters.parse(
                                "1 = 1 AND 'a' > 'b' OR TRUE AND NOT 3 IN (1, 2) AND "
                                        + "S_INTERSECTS(POINT(1 1), BBOX(0, 0, 2, 2))",
                                Filters.CQL2_TEXT),
                        COMMUNES)
                .sql(params);
        assertThat(sql).isEqualTo("(((1 = 1) AND (1 = 0)) OR ((1 = 1) AND (NOT (1 = 0)) AND (1 = 1)))");
        assertThat(params).isEmpty();
    }

    @Test
    void sqlHasBoundValuesAndQuotedRegistryNamesOnly() {
        List<Object> params = new ArrayList<>();
        String sql = Filters.bind(
                        Filters.parse(
                                "nombre LIKE 'a\\%b\\x%' AND poblacion IN (1, 2) AND "
                                        + "S_INTERSECTS(geometry, POINT(1 2)) AND S_DISJOINT(geometry, POINT(1 2))",
                                Filters.CQL2_TEXT),
                        COMMUNES)
                .sql(params);
        assertThat(sql)
                .isEqualTo("((\"nombre\" LIKE ? ESCAPE '\\') AND (\"poblacion\" IN (?, ?)) AND "
                        + "(\"geom\" && ST_GeomFromWKB(?, 4326) AND ST_Intersects(\"geom\", ST_GeomFromWKB(?, 4326))) AND "
                        + "(ST_Disjoint(\"geom\", ST_GeomFromWKB(?, 4326))))");
        assertThat(params.subList(0, 3)).containsExactly("a\\%bx%", 1L, 2L);
        assertThat(params.get(3)).isInstanceOf(byte[].class);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "nombre = |posición 9: se esperaba una propiedad o un valor y se encontró el fin del filtro",
                "nombre = 'a' AND|posición 17: se esperaba una propiedad o un valor",
                "(nombre = 'a'|posición 14: se esperaba ')'",
                "nombre == 'a'|posición 9: se esperaba una propiedad o un valor y se encontró '='",
                "nombre ~ 'a'|posición 8: carácter inesperado '~'",
                "nombre = 'abc|posición 10: falta la comilla",
                "nombre 'a'|posición 8: se esperaba un operador de comparación",
                "S_INTERSECTS(geometry, POINT(1))|geometría WKT mal formada",
                "poblacion BETWEEN 1 2|posición 21: se esperaba 'AND'",
                "desde > DATE('2020-13-01')|no es una fecha",
                "T_AFTER(desde, INTERVAL('2020-01-01'))|posición 37: se esperaba ','",
                "T_AFTER(desde, INTERVAL('enero', '..'))|'enero' no es un extremo de INTERVAL",
                "T_AFTER(desde, INTERVAL(DATE('2020-01-01'), '..'))|se esperaba un extremo de INTERVAL",
                "desde = INTERVAL('2020-01-01', '..')|solo es operando de una función temporal",
                "T_AFTER(desde DATE('2020-01-01'))|posición 15: se esperaba ','"
            })
    void malformedTextSaysWhereAndWhat(String filter, String message) {
        assertThatThrownBy(() -> Filters.parse(filter, Filters.CQL2_TEXT))
                .isInstanceOf(InvalidFilter.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"op\":\"=\",\"args\":[{\"property\":\"nombre\"}]}|en /args: se esperaba 2 argumentos y no 1",
                "{\"op\":\"and\",\"args\":[true,{\"op\":\"like\",\"args\":[{\"property\":\"nombre\"},3]}]}|en /args/1/args/1",
                "{\"op\":\"xor\",\"args\":[]}|en /op",
                "{\"op\":\"=\",\"args\":[{\"propiedad\":\"nombre\"},1]}|en /args/0",
                "{nombre|no es JSON",
                "{\"op\":\"t_after\",\"args\":[{\"property\":\"desde\"},{\"interval\":[\"2020-01-01\"]}]}|en "
                        + "/args/1/interval: se esperaba dos extremos",
                "{\"op\":\"t_after\",\"args\":[{\"property\":\"desde\"},{\"interval\":[\"..\",5]}]}|en "
                        + "/args/1/interval/1: se esperaba una fecha",
                "{\"op\":\"t_after\",\"args\":[{\"property\":\"desde\"},{\"interval\":[\"ayer\",\"..\"]}]}|"
                        + "en /args/1/interval/0): 'ayer' no es un extremo de INTERVAL",
                "{\"op\":\"t_after\",\"args\":[{\"property\":\"desde\"}]}|en /args: se esperaba 2 argumentos"
            })
    void malformedJsonSaysWhereAndWhat(String filter, String message) {
        assertThatThrownBy(() -> Filters.parse(filter, Filters.CQL2_JSON))
                .isInstanceOf(InvalidFilter.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "costo > 5|La propiedad 'costo' no existe en la colección comunas. Consultables: cut, nombre, poblacion, "
                        + "area_km2, vigente, desde, geometry",
                "nombre > 5|'>' compara la propiedad 'nombre' (texto) con un valor (número)",
                "poblacion LIKE '1%'|LIKE solo se aplica a texto",
                "desde > '2020-01-01'|'>' compara la propiedad 'desde' (fecha DATE('AAAA-MM-DD')) con un valor (texto)",
                "vigente < TRUE|no compara valores de tipo booleano",
                "S_INTERSECTS(nombre, POINT(1 2))|compara geometrías",
                "S_DWITHIN(geometry, POINT(1 2), -1)|mayor o igual a 0",
                "nombre|se esperaba un operador",
                "T_AFTER(nombre, DATE('2020-01-01'))|T_AFTER compara fechas o instantes",
                "T_AFTER(desde, 5)|y no un valor (número)",
                "T_EQUALS(desde, '2020-01-01')|y no un valor (texto)",
                "T_BEFORE(geometry, DATE('2020-01-01'))|y no la propiedad 'geometry' (geometría)",
                "T_INTERSECTS(desde, INTERVAL(nombre, '..'))|y no la propiedad 'nombre' (texto)",
                "T_DURING(desde, INTERVAL('2020-01-01', '2020-12-31'))|T_DURING solo compara intervalos y recibió la "
                        + "propiedad 'desde'",
                "T_MEETS(INTERVAL(desde, '..'), DATE('2020-01-01'))|T_MEETS solo compara intervalos y recibió un valor",
                "T_INTERSECTS(desde, INTERVAL('2021-01-01', '2020-12-31T23:00:00Z'))|empieza (2021-01-01) después de "
                        + "terminar (2020-12-31T23:00:00Z)"
            })
    void filtersThatDoNotFitTheLayerAreRejected(String filter, String message) {
        assertThatThrownBy(() -> Filters.bind(Filters.parse(filter, Filters.CQL2_TEXT), COMMUNES))
                .isInstanceOf(InvalidFilter.class)
                .hasMessageContaining(message);
    }

    @ParameterizedTest
    @EnumSource(TemporalOp.class)
    void everyTemporalFunctionParsesToOneTreeFromTextAndJson(TemporalOp op) {
        String text = op.cqlName().toLowerCase(java.util.Locale.ROOT)
                + "(INTERVAL(inicio, '..'), INTERVAL('2020-01-01', \"fin\"))";
        String json = "{\"op\":\"" + op.cqlName().toLowerCase(java.util.Locale.ROOT) + "\",\"args\":[{\"interval\":"
                + "[{\"property\":\"inicio\"},\"..\"]},{\"interval\":[\"2020-01-01\",{\"property\":\"fin\"}]}]}";
        Expr expected = new Expr.Temporal(
                op,
                new Expr.Interval(new Expr.Property("inicio"), null),
                new Expr.Interval(new Expr.Literal(LocalDate.of(2020, 1, 1)), new Expr.Property("fin")));
        assertThat(Filters.parse(text, Filters.CQL2_TEXT)).isEqualTo(expected);
        assertThat(Filters.parse(json, Filters.CQL2_JSON)).isEqualTo(expected);
        Filters.bind(expected, PERIODS);
    }

    /**
     * Every function on the period [2020-03-01, 2020-06-30], true and false at the edges. Expectations written by
     * hand from the Time Ontology definitions (closed intervals, '..' unbounded, an instant as a degenerate interval).
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "T_AFTER(INTERVAL(inicio, fin), DATE('2020-02-29'))|true",
                "T_AFTER(INTERVAL(inicio, fin), DATE('2020-03-01'))|false",
                "T_AFTER(INTERVAL(inicio, fin), INTERVAL('..', '2020-02-29'))|true",
                "T_BEFORE(INTERVAL(inicio, fin), INTERVAL('2020-07-01', '..'))|true",
                "T_BEFORE(INTERVAL(inicio, fin), INTERVAL('2020-06-30', '..'))|false",
                "T_BEFORE(DATE('2020-02-29'), inicio)|true",
                "T_DISJOINT(INTERVAL(inicio, fin), INTERVAL('2020-07-01', '2020-12-31'))|true",
                "T_DISJOINT(INTERVAL(inicio, fin), INTERVAL('2020-06-30', '2020-12-31'))|false",
                "T_DISJOINT(inicio, INTERVAL('..', '2020-02-29'))|true",
                "T_EQUALS(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '2020-06-30'))|true",
                "T_EQUALS(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '..'))|false",
                "T_EQUALS(INTERVAL('..', fin), INTERVAL('..', '2020-06-30'))|true",
                "T_EQUALS(inicio, DATE('2020-03-01'))|true",
                "T_EQUALS(inicio, INTERVAL('2020-03-01', '2020-03-01'))|true",
                "T_INTERSECTS(INTERVAL(inicio, fin), INTERVAL('..', '2020-03-01'))|true",
                "T_INTERSECTS(INTERVAL(inicio, fin), INTERVAL('..', '2020-02-29'))|false",
                "T_INTERSECTS(fin, INTERVAL('2020-06-30', '..'))|true",
                "T_CONTAINS(INTERVAL(inicio, fin), INTERVAL('2020-04-01', '2020-05-01'))|true",
                "T_CONTAINS(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '2020-05-01'))|false",
                "T_DURING(INTERVAL(inicio, fin), INTERVAL('2020-01-01', '2020-12-31'))|true",
                "T_DURING(INTERVAL(inicio, fin), INTERVAL('..', '..'))|true",
                "T_DURING(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '2020-12-31'))|false",
                "T_FINISHEDBY(INTERVAL(inicio, fin), INTERVAL('2020-04-01', '2020-06-30'))|true",
                "T_FINISHEDBY(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '2020-06-30'))|false",
                "T_FINISHES(INTERVAL(inicio, fin), INTERVAL('..', '2020-06-30'))|true",
                "T_FINISHES(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '2020-06-30'))|false",
                "T_MEETS(INTERVAL(inicio, fin), INTERVAL('2020-06-30', '2020-12-31'))|true",
                "T_MEETS(INTERVAL(inicio, fin), INTERVAL('2020-07-01', '2020-12-31'))|false",
                "T_METBY(INTERVAL(inicio, fin), INTERVAL('..', '2020-03-01'))|true",
                "T_METBY(INTERVAL(inicio, fin), INTERVAL('2020-01-01', '2020-02-29'))|false",
                "T_OVERLAPPEDBY(INTERVAL(inicio, fin), INTERVAL('2020-01-01', '2020-04-01'))|true",
                "T_OVERLAPPEDBY(INTERVAL(inicio, fin), INTERVAL('2020-01-01', '2020-06-30'))|false",
                "T_OVERLAPS(INTERVAL(inicio, fin), INTERVAL('2020-04-01', '..'))|true",
                "T_OVERLAPS(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '2020-12-31'))|false",
                "T_STARTEDBY(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '2020-04-01'))|true",
                "T_STARTEDBY(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '2020-06-30'))|false",
                "T_STARTS(INTERVAL(inicio, fin), INTERVAL('2020-03-01', '..'))|true",
                "T_STARTS(INTERVAL(inicio, fin), INTERVAL('2020-02-01', '2020-12-31'))|false",
                "T_AFTER(TIMESTAMP('2020-03-01T23:00:00Z'), inicio)|false",
                "T_AFTER(TIMESTAMP('2020-03-02T00:00:00Z'), inicio)|true"
            })
    void temporalFunctionsFollowTheTimeOntology(String filter, boolean expected) {
        Feature spring = period(LocalDate.of(2020, 3, 1), LocalDate.of(2020, 6, 30));
        assertThat(matches(PERIODS, filter, spring)).as(filter).isEqualTo(expected);
        assertThat(matches(PERIODS, "NOT " + filter, spring))
                .as("NOT " + filter)
                .isEqualTo(!expected);
    }

    @Test
    void aTemporalFunctionOnAMissingDateIsUnknown() {
        Feature open = period(LocalDate.of(2020, 3, 1), null);
        Feature none = period(null, null);
        for (String f : List.of(
                "T_INTERSECTS(INTERVAL(inicio, fin), INTERVAL('2020-01-01', '2020-12-31'))",
                "T_AFTER(INTERVAL(fin, '..'), DATE('2019-01-01'))",
                "T_STARTEDBY(INTERVAL(fin, '..'), INTERVAL('2019-01-01', '2020-01-01'))",
                "T_EQUALS(INTERVAL('..', '..'), INTERVAL('..', fin))")) {
            assertThat(matches(PERIODS, f, open)).as(f).isFalse();
            assertThat(matches(PERIODS, "NOT " + f, open)).as("NOT " + f).isFalse();
            assertThat(matches(PERIODS, "NOT " + f, none)).as("NOT " + f).isFalse();
        }
        assertThat(matches(PERIODS, "T_AFTER(INTERVAL(inicio, '..'), DATE('2019-01-01'))", open))
                .isTrue();
        // As in SQL's three-valued logic, a missing value does not matter where no value could change the answer:
        // an interval without an end never lies during another without one.
        assertThat(matches(PERIODS, "NOT T_DURING(INTERVAL(fin, '..'), INTERVAL('..', '..'))", none))
                .isTrue();
    }

    /**
     * Temporal functions become comparisons of interval ends with bound values; an unbounded end decides its
     * comparisons (against a property they stay unknown for a null value); a timestamp compared with a date
     * arrives as the date it falls on in UTC.
     */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "T_AFTER(inicio, INTERVAL('..', '2020-01-01'))|(\"inicio\" > ?) [2020-01-01]",
                "T_INTERSECTS(INTERVAL(inicio, fin), INTERVAL('2020-01-01', '2020-12-31'))|((\"inicio\" <= ?) AND "
                        + "(\"fin\" >= ?)) [2020-12-31, 2020-01-01]",
                "T_DISJOINT(inicio, DATE('2020-01-01'))|((\"inicio\" < ?) OR (\"inicio\" > ?)) [2020-01-01, 2020-01-01]",
                "T_DURING(INTERVAL(inicio, '..'), INTERVAL('2020-01-01', '2020-12-31'))|(1 = 0) []",
                "T_STARTS(INTERVAL(inicio, fin), INTERVAL('2020-01-01', '..'))|((\"inicio\" = ?) AND (\"fin\" = \"fin\")) "
                        + "[2020-01-01]",
                "T_OVERLAPS(INTERVAL(inicio, '..'), INTERVAL('2020-01-01', fin))|((\"inicio\" < ?) AND (\"fin\" <> \"fin\")) "
                        + "[2020-01-01]",
                "T_MEETS(INTERVAL('2019-01-01', '2020-01-01'), INTERVAL('2020-01-01', '..')) AND T_CONTAINS(INTERVAL('..', "
                        + "'..'), INTERVAL('2020-01-01', '2020-01-01'))|((1 = 1) AND (1 = 1)) []",
                "inicio < TIMESTAMP('2020-04-30T22:00:00-03:00')|(\"inicio\" < ?) [2020-05-01]",
                "inicio BETWEEN TIMESTAMP('2020-01-01T12:00:00Z') AND DATE('2020-12-31')|(\"inicio\" BETWEEN ? AND ?) "
                        + "[2020-01-01, 2020-12-31]",
                "T_EQUALS(fin, TIMESTAMP('2020-01-01T12:00:00Z'))|(\"fin\" = ?) [2020-01-01]"
            })
    void temporalPredicatesReachSqlAsComparisonsOfBoundValues(String filter, String expected) {
        List<Object> params = new ArrayList<>();
        String sql =
                Filters.bind(Filters.parse(filter, Filters.CQL2_TEXT), PERIODS).sql(params);
        assertThat(sql + " " + params).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "desde = TIMESTAMP('2020-05-01T18:30:00Z')|true",
                "desde = TIMESTAMP('2020-04-30T22:00:00-03:00')|true",
                "desde < TIMESTAMP('2020-05-01T23:59:59Z')|false",
                "desde >= TIMESTAMP('2020-05-01T23:59:59Z')|true",
                "desde > TIMESTAMP('2020-04-30T23:59:59Z')|true",
                "desde BETWEEN TIMESTAMP('2020-05-01T12:00:00Z') AND DATE('2020-05-01')|true",
                "desde IN (TIMESTAMP('2020-04-30T12:00:00Z'), TIMESTAMP('2020-05-01T12:00:00Z'))|true",
                "desde IN (TIMESTAMP('2020-04-30T12:00:00Z'), DATE('2020-05-02'))|false",
                "T_EQUALS(desde, TIMESTAMP('2020-05-01T07:00:00Z'))|true",
                "T_AFTER(desde, INTERVAL('2020-04-01', '2020-04-30T23:59:59Z'))|true",
                "DATE('2020-05-01') = TIMESTAMP('2020-05-01T07:00:00Z')|true"
            })
    void aDateComparedWithATimestampIsComparedWithItsUtcDate(String filter, boolean expected) throws Exception {
        Feature f = feature("a", 1L, LocalDate.of(2020, 5, 1));
        assertThat(matches(COMMUNES, filter, f)).as(filter).isEqualTo(expected);
        assertThat(matches(COMMUNES, "NOT (" + filter + ")", f)).as(filter).isEqualTo(!expected);
    }

    @Test
    void aLikePatternMayNotEndInALoneEscape() {
        // In cql2-text \' escapes a quote, so such a pattern can only come in cql2-json.
        assertThatThrownBy(() -> Filters.bind(
                        Filters.parse(
                                "{\"op\":\"like\",\"args\":[{\"property\":\"nombre\"},\"abc\\\\\"]}",
                                Filters.CQL2_JSON),
                        COMMUNES))
                .isInstanceOf(InvalidFilter.class)
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
        assertThat(matches("desde >= DATE('2020-05-01') AND desde < DATE('2020-05-02')", full))
                .isTrue();
        assertThat(matches("S_WITHIN(geometry, BBOX(-74, -41, -72, -39))", full))
                .isTrue();
        assertThat(matches("S_DISJOINT(geometry, POINT(-72 -39))", full)).isTrue();
        assertThat(matches("S_CONTAINS(geometry, POINT(-73.15 -39.85))", full)).isTrue();
    }

    @Test
    void dwithinMeasuresMetresOnALocalProjection() throws Exception {
        Feature f = feature("a", 1L, null); // the square's nearest corner to the point is (-73.1, -39.9)
        // One minute of latitude is about 1 852 m: the point 0.01° south of the corner is about 1 110 m away.
        assertThat(matches("S_DWITHIN(geometry, POINT(-73.1 -39.91), 1120)", f)).isTrue();
        assertThat(matches("S_DWITHIN(geometry, POINT(-73.1 -39.91), 1100)", f)).isFalse();
        List<Object> params = new ArrayList<>();
        String sql = Filters.bind(
                        Filters.parse("S_DWITHIN(geometry, POINT(-73.1 -39.91), 1120)", Filters.CQL2_TEXT), COMMUNES)
                .sql(params);
        assertThat(sql)
                .isEqualTo("(\"geom\" && ST_MakeEnvelope(?, ?, ?, ?, 4326) AND ST_DWithin(ST_Scale(\"geom\", "
                        + "?, ?), ST_Scale(ST_GeomFromWKB(?, 4326), ?, ?), ?))");
        assertThat(params.get(params.size() - 1)).isEqualTo(1120.0);
    }

    private static boolean matches(String filter, Feature f) {
        return matches(COMMUNES, filter, f);
    }

    private static boolean matches(Layer layer, String filter, Feature f) {
        FeatureFilter bound = Filters.bind(Filters.parse(filter, Filters.CQL2_TEXT), layer);
        return bound.test(f);
    }

    private static Feature period(LocalDate inicio, LocalDate fin) {
        Map<String, Object> p = new HashMap<>();
        p.put("nombre", "p");
        p.put("inicio", inicio);
        p.put("fin", fin);
        return new Feature("1", p, null);
    }

    private static Feature feature(String nombre, Long poblacion, LocalDate desde) throws Exception {
        Map<String, Object> p = new HashMap<>();
        p.put("cut", "1");
        p.put("nombre", nombre);
        p.put("poblacion", poblacion);
        p.put("area_km2", null);
        p.put("vigente", true);
        p.put("desde", desde);
        return new Feature(
                "1",
                p,
                new WKTReader(Geometries.FACTORY)
                        .read("POLYGON((-73.2 -39.9, -73.1 -39.9, -73.1 -39.8, -73.2 -39.8, -73.2 -39.9))"));
    }
}

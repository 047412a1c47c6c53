package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.geojson.GeoJsonReader;
import cl.sit.geometry.Geometries;
import cl.sit.layer.LayerRegistry;
import cl.sit.support.Http;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.api.SoftAssertions;
import org.geojson.GeoJsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.WKTReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * OGC API Features Part 3 over real HTTP, on both stores: CQL2 text and JSON filters, queryables, sortby and
 * properties. Every expected id set or order is computed here, in plain Java and JTS, from the unfiltered items,
 * never by the code under test. Writes only to the land-use layer (cleaned after each test).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"sit.admin-password=clave-admin-de-prueba", "sit.ogcapi.max-limit=1000"})
abstract class AbstractFilteringIT {

    static final String ADMIN = "admin:clave-admin-de-prueba";
    static final String LAND_USE = "/collections/a21-uso-suelo/items";
    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    LayerRegistry registry;

    Http http;

    /** A feature as served without any filter: id, properties and JTS geometry. */
    record Item(String id, JsonNode properties, Geometry geometry) {

        String text(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.asString();
        }

        Double number(String name) {
            JsonNode v = properties.get(name);
            return v == null || v.isNull() ? null : v.asDouble();
        }

        LocalDate date(String name) {
            String v = text(name);
            return v == null ? null : LocalDate.parse(v);
        }
    }

    @BeforeEach
    void setUp() {
        http = new Http(port);
        clean();
    }

    @AfterEach
    void clean() {
        jdbc.update("DELETE FROM a21_uso_suelo");
        jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", "a21-uso-suelo");
        jdbc.update("DELETE FROM layer_status WHERE layer_id = ?", "a21-uso-suelo");
        jdbc.update("UPDATE layer_generation SET generation = generation + 1 WHERE layer_id = ?", "a21-uso-suelo");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "poblacion_2017 > 20000 AND nombre <> 'Valdivia'",
        "nombre LIKE 'La%' OR nombre LIKE '%a_'",
        "cut IN ('14101', '14104', '14999') OR NOT (area_km2 BETWEEN 500 AND 1500)",
        "cut_provincia = '142' AND poblacion_2017 <= 15000",
        "fuente IS NULL OR nombre IS NOT NULL"})
    void textFiltersOnCommunesSelectWhatJavaSelects(String filter) {
        List<Item> all = all("comunas", "");
        Set<String> expected = select(all, communeRule(filter));
        assertThat(expected).as("the case must select some but not all").isNotEmpty().hasSizeLessThan(all.size()
                + (filter.contains("IS NULL") ? 1 : 0));
        assertThat(ids("comunas", "filter=" + enc(filter))).isEqualTo(expected);
    }

    /** The rules of the cases above, written independently in Java. */
    private static Predicate<Item> communeRule(String filter) {
        return switch (filter.substring(0, 8)) {
            case "poblacio" -> i -> i.number("poblacion_2017") > 20000 && !i.text("nombre").equals("Valdivia");
            case "nombre L" -> i -> i.text("nombre").startsWith("La") || (i.text("nombre").length() >= 2
                    && i.text("nombre").charAt(i.text("nombre").length() - 2) == 'a');
            case "cut IN (" -> i -> Set.of("14101", "14104").contains(i.text("cut"))
                    || i.number("area_km2") < 500 || i.number("area_km2") > 1500;
            case "cut_prov" -> i -> i.text("cut_provincia").equals("142") && i.number("poblacion_2017") <= 15000;
            default -> i -> true;
        };
    }

    @Test
    void jsonFiltersSelectTheSameAsTheirTextForm() {
        String text = "poblacion_2017 >= 10000 AND S_INTERSECTS(geometry, BBOX(-73.5, -40.3, -72.5, -39.6))";
        String json = "{\"op\":\"and\",\"args\":[{\"op\":\">=\",\"args\":[{\"property\":\"poblacion_2017\"},10000]},"
                + "{\"op\":\"s_intersects\",\"args\":[{\"property\":\"geometry\"},{\"bbox\":[-73.5,-40.3,-72.5,-39.6]}]}]}";
        List<Item> all = all("comunas", "");
        Geometry box = box(-73.5, -40.3, -72.5, -39.6);
        Set<String> expected = select(all, i -> i.number("poblacion_2017") >= 10000 && i.geometry().intersects(box));
        assertThat(expected).isNotEmpty().hasSizeLessThan(all.size());
        assertThat(ids("comunas", "filter=" + enc(text))).isEqualTo(expected);
        assertThat(ids("comunas", "filter-lang=cql2-json&filter=" + enc(json))).isEqualTo(expected);
        assertThat(ids("comunas", "filter=" + enc("1 = 1 AND 'a' <> 'b' AND " + text))).isEqualTo(expected);
        assertThat(ids("comunas", "filter=" + enc("1 = 2 OR " + text))).isEqualTo(expected);
    }

    @Test
    void temporalComparisonOnADateAttribute() {
        // The region carries the date Los Ríos was created (2007-10-02); communes carry none.
        int selected = 0;
        int rejected = 0;
        for (String collection : List.of("comunas", "provincias", "regiones")) {
            List<Item> all = all(collection, "");
            for (LocalDate pivot : List.of(LocalDate.of(2007, 10, 2), LocalDate.of(2007, 10, 3))) {
                Set<String> expected = select(all, i -> i.text("vigente_desde") != null
                        && !LocalDate.parse(i.text("vigente_desde")).isBefore(pivot));
                assertThat(ids(collection, "filter=" + enc("vigente_desde >= DATE('" + pivot + "')")))
                        .as(collection + " " + pivot).isEqualTo(expected);
                assertThat(ids(collection, "filter-lang=cql2-json&filter=" + enc("{\"op\":\">=\",\"args\":["
                        + "{\"property\":\"vigente_desde\"},{\"date\":\"" + pivot + "\"}]}")))
                        .isEqualTo(expected);
                selected += expected.size();
                rejected += all.size() - expected.size();
            }
        }
        assertThat(selected).as("some dated feature is selected").isPositive();
        assertThat(rejected).as("some feature is not").isPositive();
    }

    /** A layer of periods created for the temporal functions: its features as name, start, end (null: none). */
    static final String PERIODS = "prueba-periodos";
    static final String[][] PERIOD_ROWS = {
        {"A", "2019-03-01", "2019-12-31"}, {"B", "2020-01-01", "2020-06-30"}, {"C", "2020-03-15", "2020-12-31"},
        {"D", "2020-06-30", "2021-02-28"}, {"E", "2021-01-01", "2021-01-01"}, {"F", "2020-01-01", "2020-12-31"},
        {"G", "2018-05-05", null}, {"H", null, null}, {"I", "2021-06-01", "2022-03-31"},
        {"J", "2019-07-01", "2020-12-31"}, {"K", "2019-01-01", "2021-12-31"}, {"L", "2020-04-01", "2020-05-31"},
        {"M", "2019-10-01", "2020-02-29"}, {"N", "2020-02-02", null}};
    static final LocalDate Y0 = LocalDate.of(2020, 1, 1);
    static final LocalDate Y1 = LocalDate.of(2020, 12, 31);
    static final String YEAR = "INTERVAL('2020-01-01', '2020-12-31')";
    static final String PERIOD = "INTERVAL(inicio, fin)";

    /** A filter and the rule, in plain Java on the unfiltered items, of what it selects (null dates select nothing). */
    record Case(String language, String filter, Predicate<Item> rule) {}

    static Case text(String filter, Predicate<Item> rule) {
        return new Case("cql2-text", filter, rule);
    }

    /**
     * Every temporal function at least once, with instants, intervals of two properties, open ends and TIMESTAMP
     * literals against dates, in cql2-text and cql2-json; through SQL and through the in-memory evaluation of an
     * asOf read. The rules are the Time Ontology definitions the standard names, written on java.time.
     */
    @Test
    void temporalFunctionsOnPeriodsSelectWhatJavaSelects() throws Exception {
        dropPeriods();
        try {
            HttpResponse<String> created = http.send("POST", "/api/layers", "{\"id\":\"" + PERIODS + "\",\"title\":"
                    + "\"Periodos\",\"geometryType\":\"Point\",\"attributes\":[{\"name\":\"nombre\",\"type\":"
                    + "\"string\",\"title\":\"Nombre\"},{\"name\":\"inicio\",\"type\":\"date\",\"title\":"
                    + "\"Inicio\"},{\"name\":\"fin\",\"type\":\"date\",\"title\":\"Fin\"}]}", "application/json",
                    ADMIN);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            for (int n = 0; n < PERIOD_ROWS.length; n++) {
                String[] row = PERIOD_ROWS[n];
                String body = "{\"type\":\"Feature\",\"properties\":{\"nombre\":\"" + row[0] + "\",\"inicio\":"
                        + json(row[1]) + ",\"fin\":" + json(row[2]) + "},\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[" + (-73.392 + n * 0.001) + ",-39.984]}}";
                HttpResponse<String> r = http.send("POST", "/collections/" + PERIODS + "/items", body,
                        "application/geo+json", ADMIN);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
            Thread.sleep(20);
            String asOf = "&asOf=" + enc(Instant.now().toString());
            List<Item> all = all(PERIODS, "", ADMIN);
            assertThat(all).hasSize(PERIOD_ROWS.length);
            SoftAssertions softly = new SoftAssertions();
            for (Case c : temporalCases()) {
                Set<String> expected = select(all, c.rule());
                softly.assertThat(expected).as("case selects some, not all: " + c.filter()).isNotEmpty()
                        .hasSizeLessThan(all.size());
                String query = "filter-lang=" + c.language() + "&filter=" + enc(c.filter());
                softly.assertThat(ids(PERIODS, query, ADMIN)).as("SQL: " + c.filter()).isEqualTo(expected);
                softly.assertThat(ids(PERIODS, query + asOf, ADMIN)).as("asOf: " + c.filter()).isEqualTo(expected);
            }
            softly.assertAll();
        } finally {
            dropPeriods();
        }
    }

    static List<Case> temporalCases() {
        return List.of(
                text("T_AFTER(" + PERIOD + ", " + YEAR + ")", i -> after(i.date("inicio"), Y1)),
                text("T_BEFORE(" + PERIOD + ", " + YEAR + ")", i -> before(i.date("fin"), Y0)),
                text("T_DISJOINT(" + PERIOD + ", " + YEAR + ")", AbstractFilteringIT::disjointFromYear),
                text("NOT T_INTERSECTS(" + PERIOD + ", " + YEAR + ")", AbstractFilteringIT::disjointFromYear),
                text("T_EQUALS(" + PERIOD + ", " + YEAR + ")", i -> same(i.date("inicio"), Y0)
                        && same(i.date("fin"), Y1)),
                text("T_INTERSECTS(" + PERIOD + ", " + YEAR + ")", i -> !before(i.date("fin"), Y0)
                        && !after(i.date("inicio"), Y1) && i.date("inicio") != null && i.date("fin") != null),
                text("T_CONTAINS(" + PERIOD + ", " + YEAR + ")", i -> before(i.date("inicio"), Y0)
                        && after(i.date("fin"), Y1)),
                text("T_DURING(" + PERIOD + ", " + YEAR + ")", i -> after(i.date("inicio"), Y0)
                        && before(i.date("fin"), Y1)),
                text("T_FINISHEDBY(" + PERIOD + ", " + YEAR + ")", i -> before(i.date("inicio"), Y0)
                        && same(i.date("fin"), Y1)),
                text("T_FINISHES(" + PERIOD + ", " + YEAR + ")", i -> after(i.date("inicio"), Y0)
                        && same(i.date("fin"), Y1)),
                text("T_MEETS(" + PERIOD + ", INTERVAL('2020-06-30', '2020-12-31'))",
                        i -> same(i.date("fin"), LocalDate.of(2020, 6, 30))),
                text("T_METBY(" + PERIOD + ", INTERVAL('..', '2020-06-30'))",
                        i -> same(i.date("inicio"), LocalDate.of(2020, 6, 30))),
                text("T_OVERLAPPEDBY(" + PERIOD + ", " + YEAR + ")", i -> after(i.date("inicio"), Y0)
                        && before(i.date("inicio"), Y1) && after(i.date("fin"), Y1)),
                text("T_OVERLAPPEDBY(INTERVAL(inicio, '..'), INTERVAL('2018-01-01', '2020-01-01'))",
                        i -> after(i.date("inicio"), LocalDate.of(2018, 1, 1)) && before(i.date("inicio"), Y0)),
                text("T_OVERLAPS(" + PERIOD + ", " + YEAR + ")", i -> before(i.date("inicio"), Y0)
                        && after(i.date("fin"), Y0) && before(i.date("fin"), Y1)),
                text("T_STARTEDBY(" + PERIOD + ", INTERVAL('2020-01-01', '2020-06-30'))",
                        i -> same(i.date("inicio"), Y0) && after(i.date("fin"), LocalDate.of(2020, 6, 30))),
                text("T_STARTS(" + PERIOD + ", " + YEAR + ")", i -> same(i.date("inicio"), Y0)
                        && before(i.date("fin"), Y1)),
                // Open ends: '..' lies before or after every date; a missing end date is not an open end.
                text("T_AFTER(inicio, INTERVAL('..', '2020-01-01'))", i -> after(i.date("inicio"), Y0)),
                text("T_BEFORE(" + PERIOD + ", INTERVAL('2021-01-01', '..'))",
                        i -> before(i.date("fin"), LocalDate.of(2021, 1, 1))),
                text("T_INTERSECTS(INTERVAL(inicio, '..'), INTERVAL('2021-01-01', '2021-12-31'))",
                        i -> !after(i.date("inicio"), LocalDate.of(2021, 12, 31)) && i.date("inicio") != null),
                text("T_DURING(" + PERIOD + ", INTERVAL('2019-06-01', '..'))",
                        i -> after(i.date("inicio"), LocalDate.of(2019, 6, 1)) && i.date("fin") != null),
                text("T_EQUALS(INTERVAL('..', fin), INTERVAL('..', '2020-12-31'))", i -> same(i.date("fin"), Y1)),
                text("T_STARTS(" + PERIOD + ", INTERVAL('2020-01-01', '..'))", i -> same(i.date("inicio"), Y0)
                        && i.date("fin") != null),
                // Instants, a literal first, and timestamps compared with dates as their UTC date.
                text("T_EQUALS(inicio, DATE('2020-01-01'))", i -> same(i.date("inicio"), Y0)),
                text("T_BEFORE(DATE('2020-01-01'), inicio)", i -> after(i.date("inicio"), Y0)),
                text("T_INTERSECTS(fin, INTERVAL('2020-06-30', '2020-12-31'))",
                        i -> !before(i.date("fin"), LocalDate.of(2020, 6, 30)) && !after(i.date("fin"), Y1)
                                && i.date("fin") != null),
                text("T_DISJOINT(inicio, INTERVAL('2019-01-01', '..'))",
                        i -> before(i.date("inicio"), LocalDate.of(2019, 1, 1))),
                text("NOT T_AFTER(fin, DATE('2020-12-31'))", i -> i.date("fin") != null && !after(i.date("fin"), Y1)),
                text("T_AFTER(fin, TIMESTAMP('2020-12-31T23:59:59Z'))", i -> after(i.date("fin"), Y1)),
                text("T_EQUALS(inicio, TIMESTAMP('2019-12-31T22:00:00-03:00'))", i -> same(i.date("inicio"), Y0)),
                text("inicio >= TIMESTAMP('2020-01-01T23:59:59Z')", i -> !before(i.date("inicio"), Y0)
                        && i.date("inicio") != null),
                text("fin BETWEEN TIMESTAMP('2020-06-30T12:00:00Z') AND DATE('2020-12-31')",
                        i -> !before(i.date("fin"), LocalDate.of(2020, 6, 30)) && !after(i.date("fin"), Y1)
                                && i.date("fin") != null),
                text("inicio IN (TIMESTAMP('2020-01-01T08:00:00Z'), DATE('2021-01-01'))",
                        i -> same(i.date("inicio"), Y0) || same(i.date("inicio"), LocalDate.of(2021, 1, 1))),
                new Case("cql2-json", "{\"op\":\"t_during\",\"args\":[{\"interval\":[{\"property\":\"inicio\"},"
                        + "{\"property\":\"fin\"}]},{\"interval\":[\"2020-01-01\",\"2020-12-31\"]}]}",
                        i -> after(i.date("inicio"), Y0) && before(i.date("fin"), Y1)),
                new Case("cql2-json", "{\"op\":\"t_metby\",\"args\":[{\"interval\":[{\"property\":\"inicio\"},"
                        + "{\"property\":\"fin\"}]},{\"interval\":[\"..\",\"2020-06-30\"]}]}",
                        i -> same(i.date("inicio"), LocalDate.of(2020, 6, 30))),
                new Case("cql2-json", "{\"op\":\"t_after\",\"args\":[{\"property\":\"inicio\"},{\"interval\":[\"..\","
                        + "\"2020-01-01\"]}]}", i -> after(i.date("inicio"), Y0)),
                new Case("cql2-json", "{\"op\":\"t_equals\",\"args\":[{\"property\":\"inicio\"},{\"timestamp\":"
                        + "\"2020-01-01T12:00:00Z\"}]}", i -> same(i.date("inicio"), Y0)),
                new Case("cql2-json", "{\"op\":\"not\",\"args\":[{\"op\":\"t_after\",\"args\":[{\"property\":\"fin\"},"
                        + "{\"date\":\"2020-12-31\"}]}]}", i -> i.date("fin") != null && !after(i.date("fin"), Y1)));
    }

    /** Before or after the year 2020 (either end decides, even when the other is missing). */
    static boolean disjointFromYear(Item i) {
        return before(i.date("fin"), Y0) || after(i.date("inicio"), Y1);
    }

    static boolean after(LocalDate d, LocalDate than) {
        return d != null && d.isAfter(than);
    }

    static boolean before(LocalDate d, LocalDate than) {
        return d != null && d.isBefore(than);
    }

    static boolean same(LocalDate d, LocalDate as) {
        return as.equals(d);
    }

    private static String json(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    private void dropPeriods() {
        jdbc.update("DELETE FROM feature_history WHERE layer_id = ?", PERIODS);
        jdbc.update("DELETE FROM layer WHERE id = ?", PERIODS);
        jdbc.execute("DROP TABLE IF EXISTS capa_prueba_periodos");
        registry.refresh();
    }

    /** The seeded regional date (2007-10-02, none on communes) with the temporal functions and timestamps. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "T_EQUALS(vigente_desde, DATE('2007-10-02'))|=",
        "T_AFTER(vigente_desde, INTERVAL('..', '2007-10-01'))|=",
        "T_BEFORE(vigente_desde, TIMESTAMP('2007-10-02T12:00:00Z'))|<",
        "T_INTERSECTS(vigente_desde, INTERVAL('2007-10-02T20:00:00Z', '..'))|=",
        "vigente_desde < TIMESTAMP('2007-10-02T23:00:00Z')|<",
        "NOT T_DISJOINT(vigente_desde, INTERVAL('2007-01-01', '2007-12-31'))|="})
    void temporalPredicatesOnTheSeededDateSkipFeaturesWithoutOne(String filter, String relation) {
        LocalDate created = LocalDate.of(2007, 10, 2);
        int selected = 0;
        for (String collection : List.of("comunas", "provincias", "regiones")) {
            List<Item> all = all(collection, "");
            Set<String> expected = select(all, i -> i.date("vigente_desde") != null
                    && (relation.equals("=") ? i.date("vigente_desde").equals(created)
                    : i.date("vigente_desde").isBefore(created)));
            assertThat(ids(collection, "filter=" + enc(filter))).as(collection).isEqualTo(expected);
            selected += expected.size();
        }
        // Los Ríos, its 2 provinces and its 12 communes (codes 14xxx) are in force since 2007-10-02.
        assertThat(selected).as("some dated feature is selected").isEqualTo(relation.equals("=") ? 15 : 0);
    }

    @Test
    void spatialFunctionsOnCommunesAndConservationSites() throws Exception {
        List<Item> communes = all("comunas", "");
        List<Item> sites = all("sitios-prioritarios", "");
        Envelope e = sites.get(0).geometry().getEnvelopeInternal();
        String siteBox = String.format(java.util.Locale.ROOT, "POLYGON((%1$s %2$s, %3$s %2$s, %3$s %4$s, %1$s %4$s, "
                + "%1$s %2$s))", e.getMinX(), e.getMinY(), e.getMaxX(), e.getMaxY());
        Geometry siteGeometry = new WKTReader().read(siteBox);
        Set<String> expected = select(communes, i -> i.geometry().intersects(siteGeometry));
        assertThat(expected).isNotEmpty().hasSizeLessThan(communes.size());
        assertThat(ids("comunas", "filter=" + enc("S_INTERSECTS(geometry, " + siteBox + ")"))).isEqualTo(expected);
        assertThat(ids("comunas", "filter=" + enc("S_DISJOINT(geometry, " + siteBox + ")")))
                .isEqualTo(select(communes, i -> !expected.contains(i.id())));
        // The point inside Valdivia's commune: contained by exactly that commune.
        Point valdivia = communes.stream().filter(i -> i.id().equals("14101")).findFirst().orElseThrow().geometry()
                .getInteriorPoint();
        String point = "POINT(" + valdivia.getX() + " " + valdivia.getY() + ")";
        assertThat(ids("comunas", "filter=" + enc("S_CONTAINS(geometry, " + point + ")"))).containsExactly("14101");
        assertThat(ids("comunas", "geometry=" + enc(point))).containsExactly("14101");
        // Protected areas within the box of the communes of the province of Valdivia.
        List<Item> areas = all("areas-protegidas", "");
        Geometry region = box(-73.7, -40.2, -72.4, -39.3);
        Set<String> within = select(areas, i -> i.geometry().within(region));
        assertThat(within).isNotEmpty().hasSizeLessThan(areas.size());
        assertThat(ids("areas-protegidas", "filter=" + enc("S_WITHIN(geometry, BBOX(-73.7, -40.2, -72.4, -39.3))")))
                .isEqualTo(within);
        assertThat(ids("areas-protegidas", "filter=" + enc("S_WITHIN(geometry, POLYGON((-73.7 -40.2, -72.4 -40.2, "
                + "-72.4 -39.3, -73.7 -39.3, -73.7 -40.2)))"))).isEqualTo(within);
    }

    /**
     * filter-crs: a rectangle in UTM 18S (E 640 000–680 000, N 5 570 000–5 600 000, around Valdivia) selects what
     * its corners in CRS84 select, and the same corners as EPSG:4326 (latitude first) too. Corners by GDAL 3.6:
     * {@code printf '640000 5570000\n...' | gdaltransform -s_srs EPSG:32718 -t_srs OGC:CRS84 -output_xy}.
     */
    @Test
    void filterCrsReadsTheLiteralInThatCrsAndAxisOrder() throws Exception {
        String crs84 = "POLYGON((-73.3597153618834 -40.0085973369853, -72.8913288675137 -40.0010190887485, "
                + "-72.8995857095933 -39.730901479822, -73.3661404390273 -39.738407916887, "
                + "-73.3597153618834 -40.0085973369853))";
        String epsg4326 = "POLYGON((-40.0085973369853 -73.3597153618834, -40.0010190887485 -72.8913288675137, "
                + "-39.730901479822 -72.8995857095933, -39.738407916887 -73.3661404390273, "
                + "-40.0085973369853 -73.3597153618834))";
        String utm = "POLYGON((640000 5570000, 680000 5570000, 680000 5600000, 640000 5600000, 640000 5570000))";
        Geometry area = new WKTReader().read(crs84);
        List<Item> areas = all("areas-protegidas", "");
        Set<String> expected = select(areas, i -> i.geometry().intersects(area));
        assertThat(expected).isNotEmpty().hasSizeLessThan(areas.size());
        assertThat(ids("areas-protegidas", "filter=" + enc("S_INTERSECTS(geometry, " + utm + ")")
                + "&filter-crs=" + enc("http://www.opengis.net/def/crs/EPSG/0/32718"))).isEqualTo(expected);
        assertThat(ids("areas-protegidas", "filter=" + enc("S_INTERSECTS(geometry, " + epsg4326 + ")")
                + "&filter-crs=" + enc("http://www.opengis.net/def/crs/EPSG/0/4326"))).isEqualTo(expected);
        assertThat(ids("areas-protegidas", "filter=" + enc("S_INTERSECTS(geometry, " + crs84 + ")")
                + "&filter-crs=" + enc("http://www.opengis.net/def/crs/OGC/1.3/CRS84"))).isEqualTo(expected);
    }

    @Test
    void theOtherSpatialFunctionsSelectWhatJtsSelects() throws Exception {
        List<Item> communes = all("comunas", "");
        Geometry line = new WKTReader().read("LINESTRING(-73.5 -39.8, -72.0 -40.0)");
        Set<String> crossed = select(communes, i -> i.geometry().crosses(line));
        assertThat(crossed).isNotEmpty().hasSizeLessThan(communes.size());
        assertThat(ids("comunas", "filter=" + enc("S_CROSSES(geometry, " + line + ")"))).isEqualTo(crossed);
        Geometry box = box(-73.3, -40.0, -72.8, -39.7);
        Set<String> overlapped = select(communes, i -> i.geometry().overlaps(box));
        assertThat(overlapped).isNotEmpty();
        assertThat(ids("comunas", "filter=" + enc("S_OVERLAPS(geometry, BBOX(-73.3, -40.0, -72.8, -39.7))")))
                .isEqualTo(overlapped);
        Coordinate vertex = communes.get(0).geometry().getCoordinates()[0];
        Geometry point = box.getFactory().createPoint(vertex);
        Set<String> touched = select(communes, i -> i.geometry().touches(point));
        assertThat(touched).contains(communes.get(0).id());
        assertThat(ids("comunas", "filter=" + enc("S_TOUCHES(geometry, POINT(" + vertex.x + " " + vertex.y + "))")))
                .isEqualTo(touched);
        List<Item> projects = all("proyectos-inversion", "");
        Point p = (Point) projects.stream().filter(i -> i.geometry() instanceof Point).findFirst().orElseThrow()
                .geometry();
        Set<String> equal = select(projects, i -> i.geometry() != null && i.geometry().equalsTopo(p));
        assertThat(equal).isNotEmpty().hasSizeLessThan(projects.size());
        assertThat(ids("proyectos-inversion", "filter=" + enc("S_EQUALS(geometry, POINT(" + p.getX() + " " + p.getY()
                + "))"))).isEqualTo(equal);
    }

    @Test
    void dwithinSelectsPointsByGeodesicMetresWithinOnePercent() {
        List<Item> projects = all("proyectos-inversion", "");
        Coordinate centre = new Coordinate(-73.2452, -39.8142);
        double metres = 5000;
        Set<String> got = ids("proyectos-inversion", "filter=" + enc("S_DWITHIN(geometry, POINT(" + centre.x + " "
                + centre.y + "), " + metres + ")"));
        int checked = 0;
        for (Item i : projects) {
            if (!(i.geometry() instanceof Point p)) {
                continue;
            }
            double d = haversine(centre, p.getCoordinate());
            if (d < metres * 0.99) {
                assertThat(got).as("%s at %.0f m", i.id(), d).contains(i.id());
                checked++;
            } else if (d > metres * 1.01) {
                assertThat(got).as("%s at %.0f m", i.id(), d).doesNotContain(i.id());
            }
        }
        assertThat(checked).as("points near Valdivia").isPositive();
    }

    @Test
    void sortbyOrdersWithTheIdAsTieBreakerAcrossPages() {
        List<Item> all = all("proyectos-inversion", "");
        Comparator<Item> byProgramme = Comparator.comparing(i -> i.text("programa"),
                Comparator.nullsFirst(Comparator.<String>reverseOrder()));
        Comparator<Item> order = byProgramme.thenComparing(i -> i.number("costo_total_clp"),
                Comparator.nullsLast(Comparator.<Double>naturalOrder())).thenComparing(i -> Long.parseLong(i.id()));
        List<String> expected = all.stream().filter(i -> i.number("anio_inicio") >= 2020).sorted(order)
                .map(Item::id).toList();
        assertThat(expected).hasSizeGreaterThan(40);
        List<String> got = new ArrayList<>();
        String url = "/collections/proyectos-inversion/items?limit=17&sortby=" + enc("-programa,+costo_total_clp")
                + "&filter=" + enc("anio_inicio >= 2020");
        while (url != null) {
            JsonNode page = http.json(url);
            page.get("features").forEach(f -> got.add(f.get("id").asString()));
            url = link(page, "next");
            if (url != null) {
                assertThat(url).contains("sortby=").contains("filter=");
            }
        }
        assertThat(got).isEqualTo(expected);
    }

    @Test
    void propertiesReturnsOnlyTheAttributesAsked() {
        JsonNode page = http.json("/collections/comunas/items?properties=nombre,cut&sortby=nombre&limit=3");
        assertThat(page.get("features")).hasSize(3);
        for (JsonNode f : page.get("features")) {
            assertThat(f.get("properties").propertyNames()).containsExactly("nombre", "cut");
            assertThat(f.get("geometry").isObject()).isTrue();
        }
        assertThat(page.get("features").get(0).get("properties").get("nombre").asString())
                .isEqualTo(all("comunas", "").stream().map(i -> i.text("nombre")).sorted().findFirst().orElseThrow());
    }

    @Test
    void queryablesAreAJsonSchemaLinkedFromTheCollection() {
        HttpResponse<String> r = http.get("/collections/comunas/queryables", "application/schema+json");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/schema+json");
        JsonNode q = Http.parse(r.body());
        assertThat(q.get("$schema").asString()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(q.get("$id").asString()).isEqualTo(http.base() + "/collections/comunas/queryables");
        assertThat(q.get("type").asString()).isEqualTo("object");
        assertThat(q.get("properties").propertyNames()).contains("cut", "nombre", "poblacion_2017", "geometry");
        assertThat(q.at("/properties/poblacion_2017/type").asString()).isEqualTo("integer");
        assertThat(q.at("/properties/vigente_desde/format").asString()).isEqualTo("date");
        assertThat(q.at("/properties/geometry/format").asString()).isEqualTo("geometry-multipolygon");
        JsonNode collection = http.json("/collections/comunas");
        assertThat(link(collection, "http://www.opengis.net/def/rel/ogc/1.0/queryables"))
                .isEqualTo(http.base() + "/collections/comunas/queryables");
        JsonNode conformance = http.json("/conformance");
        List<String> classes = new ArrayList<>();
        conformance.get("conformsTo").forEach(c -> classes.add(c.asString()));
        assertThat(classes).contains("http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/filter",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/features-filter",
                "http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables",
                "http://www.opengis.net/spec/cql2/1.0/conf/basic-cql2",
                "http://www.opengis.net/spec/cql2/1.0/conf/spatial-functions",
                "http://www.opengis.net/spec/cql2/1.0/conf/temporal-functions");
        JsonNode api = http.json("/api");
        assertThat(api.at("/components/parameters/filter/name").asString()).isEqualTo("filter");
        assertThat(api.has("paths")).isTrue();
        assertThat(api.get("paths").has("/collections/comunas/queryables")).isTrue();
        assertThat(api.at("/components/parameters/filter/description").asString()).contains("T_DURING", "INTERVAL");
        assertThat(api.at("/paths/~1collections~1comunas~1queryables/get/responses/200/content").propertyNames())
                .containsExactlyInAnyOrder("application/schema+json", "text/html");
    }

    @Test
    void queryablesHaveEtagsFollowingTheLayerGeneration() {
        String path = "/collections/comunas/queryables";
        HttpResponse<String> json = http.get(path, "application/schema+json");
        assertThat(json.statusCode()).isEqualTo(200);
        String etag = json.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).as("weak: compressed for clients that accept it").matches("W/\"[0-9a-f]+\"");
        assertThat(json.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
        HttpResponse<String> again = conditional(path, "application/schema+json", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(conditional(path, "application/schema+json", "\"otra\"").statusCode()).isEqualTo(200);
        assertThat(conditional("/collections/provincias/queryables", "application/schema+json", etag).statusCode())
                .as("another collection").isEqualTo(200);
        String html = conditional(path + "?f=html", "text/html", null).headers().firstValue("ETag").orElseThrow();
        assertThat(html).isNotEqualTo(etag);
        assertThat(conditional(path + "?f=html", "text/html", etag).statusCode()).isEqualTo(200);
        assertThat(conditional(path + "?f=html", "text/html", html).statusCode()).isEqualTo(304);
        jdbc.update("UPDATE layer_generation SET generation = generation + 1 WHERE layer_id = ?", "comunas");
        HttpResponse<String> changed = conditional(path, "application/schema+json", etag);
        assertThat(changed.statusCode()).as("a new generation of the layer").isEqualTo(200);
        assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
        assertThat(Http.parse(changed.body())).isEqualTo(Http.parse(json.body()));
    }

    @Test
    void queryablesAsHtmlListEveryPropertyWithAnExampleFilterThatWorks() {
        for (String path : List.of("/collections/comunas/queryables?f=html", "/collections/comunas/queryables")) {
            HttpResponse<String> r = http.get(path, "text/html");
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(r.body()).contains("<html lang=\"es\"", "Consultables: Comunas", "Población Censo 2017",
                    "entero", "fecha", "geometría (multipolygon, CRS84)", "T_AFTER(vigente_desde, DATE(");
        }
        String page = http.get("/collections/comunas/queryables?f=html", "text/html").body();
        Matcher links = Pattern.compile("href=\"([^\"]*/items\\?f=html&amp;filter=[^\"]*)\"").matcher(page);
        int examples = 0;
        while (links.find()) {
            String url = HtmlUtils.htmlUnescape(links.group(1)).replace("f=html", "f=json");
            HttpResponse<String> r = http.get(url);
            assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
            examples++;
        }
        assertThat(examples).as("one example per queryable")
                .isEqualTo(http.json("/collections/comunas/queryables").get("properties").size());
        assertThat(http.get("/collections/comunas?f=html", "text/html").body())
                .contains("/collections/comunas/queryables?f=html");
    }

    private HttpResponse<String> conditional(String path, String accept, String etag) {
        return etag == null ? http.send("GET", path, null, null, null, "Accept", accept)
                : http.send("GET", path, null, null, null, "Accept", accept, "If-None-Match", etag);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "filter=costo > 5|InvalidFilter|'costo' no existe en la colección comunas. Consultables: cut, nombre",
        "filter=nombre = |InvalidFilter|posición 9",
        "filter=nombre = 'a' OR|InvalidFilter|se esperaba una propiedad o un valor",
        "filter=poblacion_2017 = 'mucha'|InvalidFilter|los tipos deben coincidir",
        "filter-lang=cql2-json&filter={\"op\":\"=\"}|InvalidFilter|/args",
        "filter-lang=ecql&filter=nombre = 'a'|InvalidParameterValue|cql2-text o cql2-json",
        "filter-crs=http://www.opengis.net/def/crs/EPSG/0/4674&filter=nombre = 'a'|InvalidParameterValue|no está soportado",
        "filter-crs=http://www.opengis.net/def/crs/EPSG/0/4326&filter=S_INTERSECTS(geometry, POINT(-120 -73))|InvalidFilter|fuera de CRS84",
        "filter=S_INTERSECTS(geometry, POINT(640000 5570000))|InvalidFilter|fuera de CRS84",
        "filter-lang=cql2-text|InvalidParameterValue|solo se usan junto con filter",
        "sortby=-costo|InvalidParameterValue|'costo' no es un atributo",
        "properties=nombre,costo|InvalidParameterValue|'costo' no es un atributo",
        "geometry=POINT(1)|InvalidFilter|WKT",
        "filter=T_AFTER(nombre, DATE('2020-01-01'))|InvalidFilter|T_AFTER compara fechas o instantes",
        "filter=T_DURING(vigente_desde, INTERVAL('2007-01-01', '..'))|InvalidFilter|T_DURING solo compara intervalos",
        "filter=T_MEETS(INTERVAL(vigente_desde, '..'), INTERVAL('2008-01-01', '2007-01-01'))|InvalidFilter|empieza",
        "filter-lang=cql2-json&filter={\"op\":\"t_after\",\"args\":[{\"property\":\"area_km2\"},{\"date\":"
                + "\"2020-01-01\"}]}|InvalidFilter|y no la propiedad 'area_km2' (número)",
        "filter=T_AFTER(vigente_desde, INTERVAL('2007', '..'))|InvalidFilter|no es un extremo de INTERVAL"})
    void badFilteringParametersAre400(String query, String code, String description) {
        StringBuilder q = new StringBuilder();
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            q.append(q.isEmpty() ? "" : "&").append(pair, 0, eq + 1).append(enc(pair.substring(eq + 1)));
        }
        HttpResponse<String> r = http.get("/collections/comunas/items?" + q);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = Http.parse(r.body());
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("description").asString()).contains(description);
    }

    @Test
    void filteredResponsesHaveTheirOwnEtags() {
        String a = etag("/collections/comunas/items?filter=" + enc("nombre = 'Corral'"));
        String b = etag("/collections/comunas/items?filter=" + enc("nombre = 'Lanco'"));
        String c = etag("/collections/comunas/items?filter=" + enc("nombre = 'Corral'") + "&sortby=nombre");
        String d = etag("/collections/comunas/items?filter=" + enc("nombre = 'Corral'") + "&properties=nombre");
        assertThat(Set.of(a, b, c, d)).hasSize(4);
        assertThat(etag("/collections/comunas/items?filter=" + enc("nombre = 'Corral'"))).isEqualTo(a);
    }

    @Test
    void editableLayerReadAsOfAPastMomentIsFilteredSortedAndProjectedInMemory() throws Exception {
        Map<String, String> created = new LinkedHashMap<>();
        String[] uses = {"Bosques", "Humedales", "Bosques", "Praderas y matorrales"};
        for (int n = 0; n < uses.length; n++) {
            double x = -73.392 + n * 0.01;
            String body = "{\"type\":\"Feature\",\"properties\":{\"uso\":\"" + uses[n] + "\"},\"geometry\":"
                    + "{\"type\":\"Polygon\",\"coordinates\":[[[" + x + ",-39.986],[" + (x + 0.004) + ",-39.986],["
                    + (x + 0.004) + ",-39.982],[" + x + ",-39.982],[" + x + ",-39.986]]]}}";
            HttpResponse<String> r = http.send("POST", LAND_USE, body, "application/geo+json", ADMIN);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            String location = r.headers().firstValue("Location").orElseThrow();
            created.put(location.substring(location.lastIndexOf('/') + 1), uses[n]);
        }
        Thread.sleep(20);
        String asOf = enc(Instant.now().toString());
        String query = "filter=" + enc("uso <> 'Humedales' AND S_INTERSECTS(geometry, BBOX(-73.4, -40, -73.36, -39.9))")
                + "&sortby=-uso&properties=uso";
        List<String> expected = created.entrySet().stream().filter(e -> !e.getValue().equals("Humedales"))
                .sorted(Map.Entry.<String, String>comparingByValue().reversed()
                        .thenComparing(e -> Long.parseLong(e.getKey())))
                .map(Map.Entry::getKey).toList();
        assertThat(expected).hasSize(3);
        for (String params : List.of(query, query + "&asOf=" + asOf)) {
            JsonNode page = Http.parse(http.send("GET", LAND_USE + "?" + params, null, null, ADMIN).body());
            List<String> got = new ArrayList<>();
            page.get("features").forEach(f -> {
                got.add(f.get("id").asString());
                assertThat(f.get("properties").propertyNames()).containsExactly("uso");
            });
            assertThat(got).as(params).isEqualTo(expected);
            assertThat(page.get("numberMatched").asInt()).isEqualTo(3);
        }
    }

    // --- helpers ---

    List<Item> all(String collection, String query) {
        return all(collection, query, null);
    }

    /** Every item, page after page, read by {@code credentials} ({@code user:password}, or null: anonymous). */
    List<Item> all(String collection, String query, String credentials) {
        List<Item> out = new ArrayList<>();
        String url = "/collections/" + collection + "/items?limit=1000" + (query.isEmpty() ? "" : "&" + query);
        while (url != null) {
            HttpResponse<String> r = http.send("GET", url, null, null, credentials);
            assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(200);
            JsonNode page = Http.parse(r.body());
            for (JsonNode f : page.get("features")) {
                out.add(new Item(f.get("id").asString(), f.get("properties"), geometry(f.get("geometry"))));
            }
            url = link(page, "next");
        }
        return out;
    }

    Set<String> ids(String collection, String query) {
        return ids(collection, query, null);
    }

    Set<String> ids(String collection, String query, String credentials) {
        Set<String> ids = new HashSet<>();
        all(collection, query, credentials).forEach(i -> assertThat(ids.add(i.id())).as("no duplicate " + i.id())
                .isTrue());
        return ids;
    }

    private String etag(String path) {
        HttpResponse<String> r = http.get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        return r.headers().firstValue("ETag").orElseThrow();
    }

    static Set<String> select(List<Item> items, Predicate<Item> rule) {
        Set<String> out = new HashSet<>();
        items.stream().filter(rule).forEach(i -> out.add(i.id()));
        return out;
    }

    static Geometry geometry(JsonNode node) {
        return node == null || node.isNull() ? null
                : GeoJsonReader.toJts(JSON.treeToValue(node, GeoJsonObject.class));
    }

    static Geometry box(double minX, double minY, double maxX, double maxY) {
        return cl.sit.geometry.Geometries.FACTORY.toGeometry(new Envelope(minX, maxX, minY, maxY));
    }

    /** Great-circle distance in metres (mean Earth radius), independent of the server's measure. */
    static double haversine(Coordinate a, Coordinate b) {
        double p1 = Math.toRadians(a.y);
        double p2 = Math.toRadians(b.y);
        double dp = p2 - p1;
        double dl = Math.toRadians(b.x - a.x);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2)
                * Math.sin(dl / 2);
        return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String link(JsonNode resource, String rel) {
        for (JsonNode l : resource.get("links")) {
            if (l.get("rel").asString().equals(rel)) {
                return l.get("href").asString();
            }
        }
        return null;
    }
}

package cl.sit.ogcapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * CQL2 temporal filters over real HTTP, on both stores: comparisons with dates and timestamps, every temporal
 * function on a layer of periods (through SQL and through the in-memory asOf read) and on the seeded dates.
 */
abstract class AbstractTemporalFilteringIT extends FilteringItBase {

    @Test
    void temporalComparisonOnADateAttribute() {
        // The region carries the date Los Ríos was created (2007-10-02); communes carry none.
        int selected = 0;
        int rejected = 0;
        for (String collection : List.of("comunas", "provincias", "regiones")) {
            List<Item> all = all(collection, "");
            for (LocalDate pivot : List.of(LocalDate.of(2007, 10, 2), LocalDate.of(2007, 10, 3))) {
                Set<String> expected = select(
                        all,
                        i -> i.text("vigente_desde") != null
                                && !LocalDate.parse(i.text("vigente_desde")).isBefore(pivot));
                assertThat(ids(collection, "filter=" + enc("vigente_desde >= DATE('" + pivot + "')")))
                        .as(collection + " " + pivot)
                        .isEqualTo(expected);
                assertThat(ids(
                                collection,
                                "filter-lang=cql2-json&filter="
                                        + enc("{\"op\":\">=\",\"args\":["
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
        {"M", "2019-10-01", "2020-02-29"}, {"N", "2020-02-02", null}
    };
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
            HttpResponse<String> created = http.send(
                    "POST",
                    "/api/layers",
                    "{\"id\":\"" + PERIODS + "\",\"titulo\":"
                            + "\"Periodos\",\"tipo_geometria\":\"Point\",\"atributos\":[{\"nombre\":\"nombre\",\"tipo\":"
                            + "\"string\",\"titulo\":\"Nombre\"},{\"nombre\":\"inicio\",\"tipo\":\"date\",\"titulo\":"
                            + "\"Inicio\"},{\"nombre\":\"fin\",\"tipo\":\"date\",\"titulo\":\"Fin\"}]}",
                    "application/json",
                    ADMIN);
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            for (int n = 0; n < PERIOD_ROWS.length; n++) {
                String[] row = PERIOD_ROWS[n];
                String body = "{\"type\":\"Feature\",\"properties\":{\"nombre\":\"" + row[0] + "\",\"inicio\":"
                        + json(row[1]) + ",\"fin\":" + json(row[2]) + "},\"geometry\":{\"type\":\"Point\","
                        + "\"coordinates\":[" + (-73.392 + n * 0.001) + ",-39.984]}}";
                HttpResponse<String> r =
                        http.send("POST", "/collections/" + PERIODS + "/items", body, "application/geo+json", ADMIN);
                assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
            }
            Thread.sleep(20);
            String asOf = "&asOf=" + enc(Instant.now().toString());
            List<Item> all = all(PERIODS, "", ADMIN);
            assertThat(all).hasSize(PERIOD_ROWS.length);
            SoftAssertions softly = new SoftAssertions();
            for (Case c : temporalCases()) {
                Set<String> expected = select(all, c.rule());
                softly.assertThat(expected)
                        .as("case selects some, not all: " + c.filter())
                        .isNotEmpty()
                        .hasSizeLessThan(all.size());
                String query = "filter-lang=" + c.language() + "&filter=" + enc(c.filter());
                softly.assertThat(ids(PERIODS, query, ADMIN))
                        .as("SQL: " + c.filter())
                        .isEqualTo(expected);
                softly.assertThat(ids(PERIODS, query + asOf, ADMIN))
                        .as("asOf: " + c.filter())
                        .isEqualTo(expected);
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
                text("T_DISJOINT(" + PERIOD + ", " + YEAR + ")", AbstractTemporalFilteringIT::disjointFromYear),
                text("NOT T_INTERSECTS(" + PERIOD + ", " + YEAR + ")", AbstractTemporalFilteringIT::disjointFromYear),
                text(
                        "T_EQUALS(" + PERIOD + ", " + YEAR + ")",
                        i -> same(i.date("inicio"), Y0) && same(i.date("fin"), Y1)),
                text(
                        "T_INTERSECTS(" + PERIOD + ", " + YEAR + ")",
                        i -> !before(i.date("fin"), Y0)
                                && !after(i.date("inicio"), Y1)
                                && i.date("inicio") != null
                                && i.date("fin") != null),
                text(
                        "T_CONTAINS(" + PERIOD + ", " + YEAR + ")",
                        i -> before(i.date("inicio"), Y0) && after(i.date("fin"), Y1)),
                text(
                        "T_DURING(" + PERIOD + ", " + YEAR + ")",
                        i -> after(i.date("inicio"), Y0) && before(i.date("fin"), Y1)),
                text(
                        "T_FINISHEDBY(" + PERIOD + ", " + YEAR + ")",
                        i -> before(i.date("inicio"), Y0) && same(i.date("fin"), Y1)),
                text(
                        "T_FINISHES(" + PERIOD + ", " + YEAR + ")",
                        i -> after(i.date("inicio"), Y0) && same(i.date("fin"), Y1)),
                text(
                        "T_MEETS(" + PERIOD + ", INTERVAL('2020-06-30', '2020-12-31'))",
                        i -> same(i.date("fin"), LocalDate.of(2020, 6, 30))),
                text(
                        "T_METBY(" + PERIOD + ", INTERVAL('..', '2020-06-30'))",
                        i -> same(i.date("inicio"), LocalDate.of(2020, 6, 30))),
                text(
                        "T_OVERLAPPEDBY(" + PERIOD + ", " + YEAR + ")",
                        i -> after(i.date("inicio"), Y0) && before(i.date("inicio"), Y1) && after(i.date("fin"), Y1)),
                text(
                        "T_OVERLAPPEDBY(INTERVAL(inicio, '..'), INTERVAL('2018-01-01', '2020-01-01'))",
                        i -> after(i.date("inicio"), LocalDate.of(2018, 1, 1)) && before(i.date("inicio"), Y0)),
                text(
                        "T_OVERLAPS(" + PERIOD + ", " + YEAR + ")",
                        i -> before(i.date("inicio"), Y0) && after(i.date("fin"), Y0) && before(i.date("fin"), Y1)),
                text(
                        "T_STARTEDBY(" + PERIOD + ", INTERVAL('2020-01-01', '2020-06-30'))",
                        i -> same(i.date("inicio"), Y0) && after(i.date("fin"), LocalDate.of(2020, 6, 30))),
                text(
                        "T_STARTS(" + PERIOD + ", " + YEAR + ")",
                        i -> same(i.date("inicio"), Y0) && before(i.date("fin"), Y1)),
                // Open ends: '..' lies before or after every date; a missing end date is not an open end.
                text("T_AFTER(inicio, INTERVAL('..', '2020-01-01'))", i -> after(i.date("inicio"), Y0)),
                text(
                        "T_BEFORE(" + PERIOD + ", INTERVAL('2021-01-01', '..'))",
                        i -> before(i.date("fin"), LocalDate.of(2021, 1, 1))),
                text(
                        "T_INTERSECTS(INTERVAL(inicio, '..'), INTERVAL('2021-01-01', '2021-12-31'))",
                        i -> !after(i.date("inicio"), LocalDate.of(2021, 12, 31)) && i.date("inicio") != null),
                text(
                        "T_DURING(" + PERIOD + ", INTERVAL('2019-06-01', '..'))",
                        i -> after(i.date("inicio"), LocalDate.of(2019, 6, 1)) && i.date("fin") != null),
                text("T_EQUALS(INTERVAL('..', fin), INTERVAL('..', '2020-12-31'))", i -> same(i.date("fin"), Y1)),
                text(
                        "T_STARTS(" + PERIOD + ", INTERVAL('2020-01-01', '..'))",
                        i -> same(i.date("inicio"), Y0) && i.date("fin") != null),
                // Instants, a literal first, and timestamps compared with dates as their UTC date.
                text("T_EQUALS(inicio, DATE('2020-01-01'))", i -> same(i.date("inicio"), Y0)),
                text("T_BEFORE(DATE('2020-01-01'), inicio)", i -> after(i.date("inicio"), Y0)),
                text(
                        "T_INTERSECTS(fin, INTERVAL('2020-06-30', '2020-12-31'))",
                        i -> !before(i.date("fin"), LocalDate.of(2020, 6, 30))
                                && !after(i.date("fin"), Y1)
                                && i.date("fin") != null),
                text(
                        "T_DISJOINT(inicio, INTERVAL('2019-01-01', '..'))",
                        i -> before(i.date("inicio"), LocalDate.of(2019, 1, 1))),
                text("NOT T_AFTER(fin, DATE('2020-12-31'))", i -> i.date("fin") != null && !after(i.date("fin"), Y1)),
                text("T_AFTER(fin, TIMESTAMP('2020-12-31T23:59:59Z'))", i -> after(i.date("fin"), Y1)),
                text("T_EQUALS(inicio, TIMESTAMP('2019-12-31T22:00:00-03:00'))", i -> same(i.date("inicio"), Y0)),
                text(
                        "inicio >= TIMESTAMP('2020-01-01T23:59:59Z')",
                        i -> !before(i.date("inicio"), Y0) && i.date("inicio") != null),
                text(
                        "fin BETWEEN TIMESTAMP('2020-06-30T12:00:00Z') AND DATE('2020-12-31')",
                        i -> !before(i.date("fin"), LocalDate.of(2020, 6, 30))
                                && !after(i.date("fin"), Y1)
                                && i.date("fin") != null),
                text(
                        "inicio IN (TIMESTAMP('2020-01-01T08:00:00Z'), DATE('2021-01-01'))",
                        i -> same(i.date("inicio"), Y0) || same(i.date("inicio"), LocalDate.of(2021, 1, 1))),
                new Case(
                        "cql2-json",
                        "{\"op\":\"t_during\",\"args\":[{\"interval\":[{\"property\":\"inicio\"},"
                                + "{\"property\":\"fin\"}]},{\"interval\":[\"2020-01-01\",\"2020-12-31\"]}]}",
                        i -> after(i.date("inicio"), Y0) && before(i.date("fin"), Y1)),
                new Case(
                        "cql2-json",
                        "{\"op\":\"t_metby\",\"args\":[{\"interval\":[{\"property\":\"inicio\"},"
                                + "{\"property\":\"fin\"}]},{\"interval\":[\"..\",\"2020-06-30\"]}]}",
                        i -> same(i.date("inicio"), LocalDate.of(2020, 6, 30))),
                new Case(
                        "cql2-json",
                        "{\"op\":\"t_after\",\"args\":[{\"property\":\"inicio\"},{\"interval\":[\"..\","
                                + "\"2020-01-01\"]}]}",
                        i -> after(i.date("inicio"), Y0)),
                new Case(
                        "cql2-json",
                        "{\"op\":\"t_equals\",\"args\":[{\"property\":\"inicio\"},{\"timestamp\":"
                                + "\"2020-01-01T12:00:00Z\"}]}",
                        i -> same(i.date("inicio"), Y0)),
                new Case(
                        "cql2-json",
                        "{\"op\":\"not\",\"args\":[{\"op\":\"t_after\",\"args\":[{\"property\":\"fin\"},"
                                + "{\"date\":\"2020-12-31\"}]}]}",
                        i -> i.date("fin") != null && !after(i.date("fin"), Y1)));
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
    @CsvSource(
            delimiter = '|',
            value = {
                "T_EQUALS(vigente_desde, DATE('2007-10-02'))|=",
                "T_AFTER(vigente_desde, INTERVAL('..', '2007-10-01'))|=",
                "T_BEFORE(vigente_desde, TIMESTAMP('2007-10-02T12:00:00Z'))|<",
                "T_INTERSECTS(vigente_desde, INTERVAL('2007-10-02T20:00:00Z', '..'))|=",
                "vigente_desde < TIMESTAMP('2007-10-02T23:00:00Z')|<",
                "NOT T_DISJOINT(vigente_desde, INTERVAL('2007-01-01', '2007-12-31'))|="
            })
    void temporalPredicatesOnTheSeededDateSkipFeaturesWithoutOne(String filter, String relation) {
        LocalDate created = LocalDate.of(2007, 10, 2);
        int selected = 0;
        for (String collection : List.of("comunas", "provincias", "regiones")) {
            List<Item> all = all(collection, "");
            Set<String> expected = select(
                    all,
                    i -> i.date("vigente_desde") != null
                            && (relation.equals("=")
                                    ? i.date("vigente_desde").equals(created)
                                    : i.date("vigente_desde").isBefore(created)));
            assertThat(ids(collection, "filter=" + enc(filter))).as(collection).isEqualTo(expected);
            selected += expected.size();
        }
        // Los Ríos, its 2 provinces and its 12 communes (codes 14xxx) are in force since 2007-10-02.
        assertThat(selected).as("some dated feature is selected").isEqualTo(relation.equals("=") ? 15 : 0);
    }
}

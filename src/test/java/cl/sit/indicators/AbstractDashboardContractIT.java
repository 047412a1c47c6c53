package cl.sit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import cl.sit.support.Http;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * {@code /api/investments/dashboard} over HTTP with the seeded illustrative projects, on H2GIS and PostGIS. Known
 * answers come from elsewhere: without filters, from {@code /api/indicators} for the region; with filters, from a
 * plain Java crossfilter over the raw tables (projects, yearly amounts and commune splits of
 * {@code investment_territory}), written here without the dashboard's SQL.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractDashboardContractIT {

    private static final String API = "/api/investments/dashboard";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void withoutFiltersTheProgrammesAreTheRegionsIndicators() {
        JsonNode d = http.json(API + "?from=2010&to=2022&amount=ejecutado");
        JsonNode region = http.json("/api/indicators?level=region&by=programa&from=2010&to=2022&amount=ejecutado");
        Map<String, JsonNode> expected = new TreeMap<>();
        region.get("filas").forEach(r -> expected.put(r.get("grupo").asString(), r));
        JsonNode programmes = d.get("desgloses").get("programa");
        assertThat(programmes.size()).isEqualTo(expected.size()).isGreaterThan(5);
        for (JsonNode b : programmes) {
            JsonNode r = expected.get(b.get("valor").asString());
            assertThat(b.get("total_clp").asDouble())
                    .as(b.get("valor").asString())
                    .isCloseTo(r.get("total_clp").asDouble(), withPercentage(1e-9));
            assertThat(b.get("proyectos").asLong()).isEqualTo(r.get("proyectos").asLong());
        }
        double regionTotal = http.json("/api/indicators?level=region&from=2010&to=2022&amount=ejecutado")
                .get("filas")
                .get(0)
                .get("total_clp")
                .asDouble();
        assertThat(d.get("total_clp").asDouble()).isCloseTo(regionTotal, withPercentage(1e-9));
        assertThat(d.get("monto").asString()).isEqualTo("ejecutado");
        assertThat(d.get("ilustrativo").asBoolean()).isTrue();
        // Every breakdown adds up to the total; stages in the order of the project cycle.
        for (String by : List.of("programa", "sector", "etapa", "comuna")) {
            assertThat(sum(d.get("desgloses").get(by))).as(by).isCloseTo(regionTotal, withPercentage(1e-9));
        }
        List<String> stages = new ArrayList<>();
        d.get("desgloses").get("etapa").forEach(b -> stages.add(b.get("valor").asString()));
        assertThat(stages).isSortedAccordingTo(cl.sit.investment.Stages.CYCLE).contains("ejecución");
        JsonNode communes = d.get("desgloses").get("comuna");
        assertThat(communes.size()).isEqualTo(12);
        assertThat(communes.get(0).get("valor").asString()).isEqualTo("14101");
        assertThat(communes.get(0).get("nombre").asString()).isEqualTo("Valdivia");
        assertThat(d.get("fuera_de_comunas").get("total_clp").asDouble()).isPositive();
    }

    @Test
    void aFilterCombinationMatchesAnIndependentCrossfilter() {
        Raw raw = new Raw(jdbc);
        Set<String> programmes = Set.of("FNDR", "MOP");
        Set<String> communes = Set.of("14101", "14104");
        Set<String> stages = Set.of("ejecución");
        int from = 2010;
        int to = 2020;
        JsonNode d = http.json(API + "?from=2010&to=2020&programa=FNDR,MOP&comuna=14101,14104&etapa="
                + URLEncoder.encode("ejecución", StandardCharsets.UTF_8) + "&limit=5");

        Predicate<Raw.Piece> programme = p -> programmes.contains(p.programme());
        Predicate<Raw.Piece> commune = p -> communes.contains(p.cut());
        Predicate<Raw.Piece> stage = p -> stages.contains(p.stage());
        Predicate<Raw.Piece> years = p -> p.year() >= from && p.year() <= to;
        Predicate<Raw.Piece> all = programme.and(commune).and(stage).and(years);

        Raw.Sum total = raw.total(all);
        assertThat(d.get("total_clp").asDouble()).isCloseTo(total.clp(), withPercentage(1e-9));
        assertThat(d.get("cantidad_proyectos").asLong())
                .isEqualTo(total.projects().size())
                .isPositive();
        check(d, "programa", raw.by(commune.and(stage).and(years), Raw.Piece::programme));
        check(d, "sector", raw.by(all, Raw.Piece::sector));
        check(d, "etapa", raw.by(programme.and(commune).and(years), Raw.Piece::stage));
        check(d, "comuna", raw.by(programme.and(stage).and(years), Raw.Piece::cut));
        Map<String, Raw.Sum> byYear = raw.by(programme.and(commune).and(stage), p -> Integer.toString(p.year()));
        for (JsonNode b : d.get("desgloses").get("anio")) {
            Raw.Sum s = byYear.getOrDefault(b.get("valor").asString(), new Raw.Sum());
            assertThat(b.get("total_clp").asDouble())
                    .as(b.get("valor").asString())
                    .isCloseTo(s.clp(), withPercentage(1e-9));
            assertThat(b.get("proyectos").asLong()).isEqualTo(s.projects().size());
        }
        JsonNode yearBars = d.get("desgloses").get("anio");
        assertThat(yearBars.get(0).get("valor").asString()).isEqualTo("2003");
        assertThat(yearBars.get(yearBars.size() - 1).get("valor").asString()).isEqualTo("2026");
        assertThat(d.has("fuera_de_comunas")).isFalse();

        // The largest projects, largest first, each within every filter.
        Map<String, Raw.Sum> perProject = raw.by(all, p -> Integer.toString(p.project()));
        JsonNode largest = d.get("proyectos");
        assertThat(largest.size()).isEqualTo(Math.min(5, perProject.size()));
        double previous = Double.MAX_VALUE;
        for (JsonNode p : largest) {
            double clp = p.get("monto_clp").asDouble();
            assertThat(clp)
                    .isCloseTo(perProject.get(p.get("id").asString()).clp(), withPercentage(1e-9))
                    .isLessThanOrEqualTo(previous);
            assertThat(p.get("programa").asString()).isIn(programmes);
            previous = clp;
        }
        assertThat(d.get("filtros").get("comuna").size()).isEqualTo(2);
    }

    @Test
    void aChosenValueWithNothingLeftStaysInItsBreakdownAtZero() {
        // Chile Emprende funds tourism and farming only: with sector Salud, its bar stays, at 0.
        JsonNode d = http.json(
                API + "?programa=" + URLEncoder.encode("Chile Emprende", StandardCharsets.UTF_8) + "&sector=Salud");
        assertThat(d.get("total_clp").asDouble()).isZero();
        assertThat(d.get("cantidad_proyectos").asLong()).isZero();
        JsonNode programmes = d.get("desgloses").get("programa");
        boolean found = false;
        for (JsonNode b : programmes) {
            if (b.get("valor").asString().equals("Chile Emprende")) {
                found = true;
                assertThat(b.get("total_clp").asDouble()).isZero();
            }
        }
        assertThat(found).isTrue();
        assertThat(d.get("proyectos").size()).isZero();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "programa=|InvalidParameterValue|vacío",
                "programa=FNDR,,MOP|InvalidParameterValue|valor vacío",
                "etapa=terminado|InvalidParameterValue|no es una etapa",
                "comuna=1410|InvalidParameterValue|5 dígitos",
                "comuna=14999|InvalidParameterValue|no existe la comuna 14999",
                "from=2020&to=2010|InvalidParameterValue|posterior al final",
                "from=1800|InvalidParameterValue|entre 1900 y 2100",
                "amount=devengado|InvalidParameterValue|programado o ejecutado",
                "limit=101|InvalidParameterValue|entre 0 y 100",
                "by=programa|InvalidParameter|desconocido",
                "sector=a&sector=b|InvalidParameter|más de una vez"
            })
    void badParametersAreA400InSpanish(String query, String code, String text) {
        var response = http.get(API + "?" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = Http.parse(response.body());
        assertThat(error.get("code").asString()).isEqualTo(code);
        assertThat(error.get("description").asString()).contains(text);
    }

    @Test
    void theOpenApiDocumentListsIt() {
        JsonNode api = Http.parse(http.get("/api?f=json").body());
        assertThat(api.at("/paths/~1api~1investments~1dashboard/get/parameters").toString())
                .contains("programa", "sector", "etapa", "comuna", "limit");
    }

    @Test
    void tooManyValuesAreA400() {
        StringBuilder many = new StringBuilder("x0");
        for (int i = 1; i <= DashboardQuery.MAX_VALUES; i++) {
            many.append(",x").append(i);
        }
        assertThat(http.get(API + "?sector=" + many).statusCode()).isEqualTo(400);
        assertThat(http.get(API + "?sector=" + "s".repeat(DashboardQuery.MAX_LENGTH + 1))
                        .statusCode())
                .isEqualTo(400);
    }

    private static double sum(JsonNode bars) {
        double s = 0;
        for (JsonNode b : bars) {
            s += b.get("total_clp").asDouble();
        }
        return s;
    }

    private static void check(JsonNode d, String by, Map<String, Raw.Sum> expected) {
        Map<String, JsonNode> got = new HashMap<>();
        d.get("desgloses").get(by).forEach(b -> got.put(b.get("valor").asString(), b));
        assertThat(got.keySet()).as(by).containsAll(expected.keySet());
        got.forEach((value, b) -> {
            Raw.Sum s = expected.getOrDefault(value, new Raw.Sum());
            assertThat(b.get("total_clp").asDouble()).as(by + " " + value).isCloseTo(s.clp(), withPercentage(1e-9));
            assertThat(b.get("proyectos").asLong())
                    .as(by + " " + value)
                    .isEqualTo(s.projects().size());
        });
    }

    /** The raw tables as pieces (project, commune, year) with their investment, read with plain queries. */
    static final class Raw {

        record Piece(int project, String programme, String sector, String stage, String cut, int year, double clp) {}

        static final class Sum {
            double clp;
            final Set<Integer> projects = new HashSet<>();

            double clp() {
                return clp;
            }

            Set<Integer> projects() {
                return projects;
            }
        }

        final List<Piece> pieces = new ArrayList<>();

        Raw(JdbcTemplate jdbc) {
            Map<Integer, String[]> projects = new HashMap<>();
            jdbc.query("SELECT id, programa, sector, etapa FROM investment_project", rs -> {
                projects.put(rs.getInt(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            });
            Map<Integer, List<Object[]>> splits = new HashMap<>();
            jdbc.query("SELECT project_id, cut, share FROM investment_territory", rs -> {
                splits.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>())
                        .add(new Object[] {rs.getString(2), rs.getDouble(3)});
            });
            jdbc.query("SELECT project_id, anio, ejecutado_clp, programado_clp FROM investment_amount", rs -> {
                int id = rs.getInt(1);
                String[] p = projects.get(id);
                for (Object[] s : splits.getOrDefault(id, List.of())) {
                    pieces.add(new Piece(
                            id, p[0], p[1], p[2], (String) s[0], rs.getInt(2), rs.getLong(4) * (Double) s[1]));
                }
            });
        }

        Sum total(Predicate<Piece> filter) {
            return by(filter, p -> "total").getOrDefault("total", new Sum());
        }

        Map<String, Sum> by(Predicate<Piece> filter, Function<Piece, String> group) {
            Map<String, Sum> out = new TreeMap<>();
            for (Piece p : pieces) {
                if (filter.test(p)) {
                    Sum s = out.computeIfAbsent(group.apply(p), k -> new Sum());
                    s.clp += p.clp();
                    s.projects.add(p.project());
                }
            }
            return out;
        }
    }
}

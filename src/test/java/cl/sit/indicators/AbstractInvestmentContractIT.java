package cl.sit.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Percentage.withPercentage;

import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
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
 * Investment ↔ territory over real HTTP with the seeded illustrative projects: stored splits, indicators per
 * level (JSON and CSV) and the reconciliation list. Runs on H2GIS and on PostGIS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class AbstractInvestmentContractIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    /** The English parameter names of the first releases still work until 0.2.0: same answer as the Spanish ones. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/indicators?nivel=provincia&desde=2010&hasta=2012&monto=ejecutado&por=sector"
                        + "|/api/indicators?level=provincia&from=2010&to=2012&amount=ejecutado&by=sector",
                "/api/investments/dashboard?desde=2010&hasta=2012&monto=ejecutado"
                        + "|/api/investments/dashboard?from=2010&to=2012&amount=ejecutado",
                "/api/territories/14101/profile?desde=2010&hasta=2012|/api/territories/14101/profile?from=2010&to=2012",
                "/api/overlaps?distancia_m=100&territorio=14101|/api/overlaps?distance_m=100&territorio=14101",
                "/api/screening?margen_m=500&territorio=14101|/api/screening?buffer_m=500&territorio=14101",
                "/api/indicators?desde=2010&from=2010|/api/indicators?desde=2010"
            })
    void oldParameterNamesAreAcceptedForOneRelease(String spanish, String english) {
        assertThat(http.json(english)).isEqualTo(http.json(spanish));
    }

    /** An old and a new name for the same parameter with different values: which one was meant is unknown. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/indicators?desde=2010&from=2011|from|desde",
                "/api/investments/dashboard?monto=ejecutado&amount=programado|amount|monto",
                "/api/territories/14101/profile?hasta=2020&to=2021|to|hasta",
                "/api/overlaps?distancia_m=100&distance_m=200|distance_m|distancia_m",
                "/api/map/sheet?bbox=-73.5,-40.5,-72.5,-39.5&titulo=A&title=B|title|titulo",
                "/tiles/proyectos-inversion/5/9/19.mvt?compacto=true&compact=false|compact|compacto"
            })
    void anOldAndANewNameThatDisagreeAreA400(String url, String old, String current) {
        HttpResponse<String> r = http.get(url, "*/*");
        assertThat(r.statusCode()).isEqualTo(400);
        JsonNode error = Http.parse(r.body());
        assertThat(error.get("code").asString()).isEqualTo("InvalidParameter");
        assertThat(error.get("description").asString()).contains("'" + old + "'", "'" + current + "'");
    }

    @Test
    void everyProjectIsLinkedAndItsSharesAndOutsideShareSumToOne() {
        List<Map<String, Object>> sums = jdbc.queryForList("SELECT l.project_id, l.parte_sin_comuna + COALESCE("
                + "(SELECT SUM(s.share) FROM investment_territory s WHERE s.project_id = l.project_id), 0) AS total "
                + "FROM investment_link l");
        assertThat(sums).hasSize(300);
        sums.forEach(r -> assertThat(((Number) r.get("total")).doubleValue())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9)));
    }

    @Test
    void storedSplitOfAProjectAsJson() {
        Integer line = jdbc.queryForObject(
                "SELECT MIN(project_id) FROM investment_territory t WHERE method = "
                        + "'longitud' AND (SELECT COUNT(*) FROM investment_territory u WHERE u.project_id = t.project_id) > 1",
                Integer.class);
        JsonNode document = http.json("/api/investments/" + line + "/territories");
        assertThat(document.get("ilustrativo").asBoolean()).isTrue();
        JsonNode split = document.get("reparto");
        assertThat(split.size()).isGreaterThan(1);
        double sum = 0;
        for (JsonNode s : split) {
            if (s.get("codigo").isNull()) {
                assertThat(s.get("metodo").asString()).isEqualTo("fuera_de_comunas");
            } else {
                assertThat(s.get("codigo").asString()).matches("14\\d{3}");
                assertThat(s.get("metodo").asString()).isEqualTo("longitud");
            }
            sum += s.get("proporcion").asDouble();
        }
        assertThat(sum).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(http.get("/api/investments/99999/territories").statusCode()).isEqualTo(404);
        assertThat(http.get("/api/investments/abc/territories").statusCode()).isEqualTo(400);
    }

    @Test
    void levelsAddUpToTheAmountsInTheRange() {
        double expected = jdbc.queryForObject(
                "SELECT SUM(programado_clp) FROM investment_amount WHERE anio BETWEEN 2010 AND 2020", Double.class);
        // The parts of projects outside every commune are reported apart, never added to a unit.
        double communes = total(http.json("/api/indicators?level=commune&from=2010&to=2020"));
        double provinces = total(http.json("/api/indicators?level=province&from=2010&to=2020"));
        JsonNode region = http.json("/api/indicators?level=region&from=2010&to=2020");
        assertThat(region.get("fuera_de_comunas").get(0).get("total_clp").asDouble())
                .isPositive();
        assertThat(communes).isCloseTo(expected, withPercentage(1e-9));
        assertThat(provinces).isCloseTo(expected, withPercentage(1e-9));
        assertThat(total(region)).isCloseTo(expected, withPercentage(1e-9));
        JsonNode row = region.get("filas").get(0);
        assertThat(row.get("codigo").asString()).isEqualTo("14");
        assertThat(row.get("poblacion").asLong())
                .isEqualTo(jdbc.queryForObject(
                        "SELECT poblacion FROM population WHERE cut = '14' AND anio = 2020 AND tipo = 'proyeccion'",
                        Long.class));
        // Per km² over the official surface (SUBDERE, the sum of the 12 communes' 18,320 km²), not the geodesic area.
        assertThat(row.get("base_por_km2").asString()).isEqualTo("official");
        assertThat(row.get("area_oficial_km2").asDouble()).isCloseTo(18320.0, withPercentage(0.01));
        assertThat(row.get("por_km2_clp").asDouble())
                .isCloseTo(
                        row.get("total_clp").asDouble()
                                / row.get("area_oficial_km2").asDouble(),
                        withPercentage(1e-9));
        assertThat(region.get("geometria").get(0).asString()).startsWith("Unión de la cobertura operativa");
        assertThat(region.get("ilustrativo").asBoolean()).isTrue();
    }

    @Test
    void perCapitaUsesThePopulationOfEachYear() {
        JsonNode valdivia = row(http.json("/api/indicators?level=comuna&from=2015&to=2016"), "14101");
        double expected = 0;
        for (int year = 2015; year <= 2016; year++) {
            double amount = jdbc.queryForObject(
                    "SELECT COALESCE(SUM(a.programado_clp * s.share), 0) FROM "
                            + "investment_amount a JOIN investment_territory s ON s.project_id = a.project_id "
                            + "WHERE s.cut = '14101' AND a.anio = ?",
                    Double.class,
                    year);
            long people = jdbc.queryForObject(
                    "SELECT poblacion FROM population WHERE cut = '14101' AND anio = ? AND tipo = 'proyeccion'",
                    Long.class,
                    year);
            expected += amount / people;
        }
        assertThat(valdivia.get("per_capita_clp").asDouble()).isCloseTo(expected, withPercentage(1e-9));
        assertThat(valdivia.get("anio_poblacion").asInt()).isEqualTo(2016);
        assertThat(valdivia.get("fuente_poblacion").asString()).contains("INE");
        // The document says so: each year's amount over that year's population, and which years were used.
        JsonNode document = http.json("/api/indicators?level=comuna&from=2015&to=2016");
        assertThat(document.get("definicion_per_capita").asString())
                .startsWith("suma, por año, del monto del año dividido por la población de ese año");
        assertThat(document.get("definicion_poblacion").asString()).contains("último año");
        assertThat(valdivia.get("anios_poblacion").toString()).isEqualTo("[2015,2016]");
    }

    @Test
    void breakdownByProgrammeAddsUpToTheTotal() {
        JsonNode total = http.json("/api/indicators?level=commune&from=2003&to=2026");
        JsonNode byProgramme = http.json("/api/indicators?level=commune&from=2003&to=2026&by=programa");
        assertThat(byProgramme.get("por").asString()).isEqualTo("programa");
        Map<String, Double> sums = new HashMap<>();
        byProgramme.get("filas").forEach(r -> {
            assertThat(r.get("grupo").asString())
                    .isIn("FNDR", "FRIL", "PMU", "PIRDT", "Chile Emprende", "MOP", "MINVU", "MINSAL", "MINEDUC");
            sums.merge(r.get("codigo").asString(), r.get("total_clp").asDouble(), Double::sum);
        });
        total.get("filas")
                .forEach(r -> assertThat(sums.getOrDefault(r.get("codigo").asString(), 0.0))
                        .isCloseTo(r.get("total_clp").asDouble(), withPercentage(1e-9)));
    }

    @Test
    void indicatorsAsCsv() throws Exception {
        HttpResponse<String> r = http.get("/api/indicators?level=commune&from=2010&to=2020&f=csv&formato=csv", "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        List<CSVRecord> rows = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(r.body()))
                .getRecords();
        assertThat(rows).hasSize(13);
        assertThat(rows.get(12).get("nombre")).isEqualTo("Fuera de comunas");
        assertThat(rows.get(0).toMap())
                .containsKeys(
                        "codigo",
                        "nombre",
                        "poblacion",
                        "area_km2",
                        "total_clp",
                        "per_capita_clp",
                        "por_km2_clp",
                        "proyectos");
        assertThat(rows.get(0).get("codigo")).isEqualTo("14101");
        assertThat(rows.get(0).get("total_clp")).matches("\\d+");
        // Comment-free: every row says whether illustrative projects are in the data, and how per capita is made.
        assertThat(rows).allSatisfy(row -> assertThat(row.get("ilustrativo")).isEqualTo("true"));
        assertThat(rows.get(0).get("definicion_per_capita"))
                .startsWith("suma, por año, del monto del año dividido por la población de ese año");
        assertThat(rows.get(0).get("anios_poblacion_primero")).isEqualTo("2010");
        assertThat(rows.get(0).get("anios_poblacion_ultimo")).isEqualTo("2020");
    }

    /**
     * Found as a new user: English headers, commas and no byte order mark, so Excel in Spanish opened the file in one
     * column with broken accents. The default CSV is now the spreadsheet's; {@code formato=csv} keeps the old one.
     */
    @Test
    void indicatorsCsvOpensInAChileanSpreadsheetByDefault() throws Exception {
        HttpResponse<String> r = http.get("/api/indicators?level=commune&from=2010&to=2020&f=csv", "*/*");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).startsWith("\uFEFFCódigo;Nombre;Nivel;Grupo;Población;");
        List<CSVRecord> rows = CSVFormat.EXCEL
                .builder()
                .setDelimiter(';')
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new java.io.StringReader(r.body().substring(1)))
                .getRecords();
        assertThat(rows).hasSize(13);
        CSVRecord valdivia = rows.get(0);
        assertThat(valdivia.get("Código")).isEqualTo("14101");
        assertThat(valdivia.get("Superficie calculada (km²)")).matches("\\d+,\\d{3}");
        assertThat(valdivia.get("Inversión total ($)")).matches("\\d+");
        assertThat(valdivia.get("Datos ilustrativos")).isEqualTo("sí");
        HttpResponse<String> bad = http.get("/api/indicators?f=csv&formato=xls");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Http.parse(bad.body()).get("description").asString()).contains("formato", "excel", "csv");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "level=pais",
                "from=2020&to=2010",
                "from=dosmil",
                "amount=todo",
                "by=color",
                "f=xml",
                "otro=1",
                "level=commune&level=region"
            })
    void badIndicatorParametersAre400(String query) {
        HttpResponse<String> r = http.get("/api/indicators?" + query);
        assertThat(r.statusCode()).as(query).isEqualTo(400);
        assertThat(Http.parse(r.body()).get("code").asString()).startsWith("InvalidParameter");
    }

    @Test
    void reconciliationListsProjectsWhoseDeclaredCommuneDiffers() {
        JsonNode document = http.json("/api/investments/reconciliation");
        assertThat(document.get("ilustrativo").asBoolean()).isTrue();
        JsonNode issues = document.get("problemas");
        int differing = 0;
        for (JsonNode i : issues) {
            if (i.get("problema").asString().equals("comuna_distinta")) {
                differing++;
                List<String> located = new java.util.ArrayList<>();
                i.get("comunas_localizadas").forEach(c -> located.add(c.asString()));
                assertThat(located).doesNotContain(i.get("comuna_declarada").asString());
            }
        }
        // The generator declares another commune for about 3 % of the projects.
        assertThat(differing).isBetween(3, 20);
        // Which geometry the communes are: the collection comunas (the operational coverage) describes them.
        for (String path : List.of("/api/investments/reconciliation", "/api/investments/1/territories")) {
            assertThat(http.get(path).headers().firstValue("Link"))
                    .as(path)
                    .hasValue("</collections/comunas>; rel=\"describedby\"; type=\"application/json\"");
        }
    }

    @Test
    void reconciliationIsPagedSortedByProblemAndFilteredByAnyTerritory() {
        JsonNode all = http.json("/api/investments/reconciliation?limit=10000");
        long matched = all.get("numberMatched").asLong();
        assertThat(matched).isEqualTo(all.get("problemas").size()).isPositive();
        long perProblem = 0;
        for (JsonNode n : all.get("por_problema")) {
            perProblem += n.asLong();
        }
        assertThat(perProblem).isEqualTo(matched);
        // Pages are consecutive slices of one order: most serious problem first, then by id.
        List<String> order = List.of("fuera_de_comunas", "parcialmente_fuera", "comuna_distinta");
        List<String> keys = new java.util.ArrayList<>();
        for (int offset = 0; offset < matched; offset += 3) {
            JsonNode page = http.json("/api/investments/reconciliation?limit=3&offset=" + offset);
            assertThat(page.get("numberMatched").asLong()).isEqualTo(matched);
            assertThat(page.get("numberReturned").asInt())
                    .isEqualTo(page.get("problemas").size())
                    .isLessThanOrEqualTo(3);
            page.get("problemas")
                    .forEach(i -> keys.add(order.indexOf(i.get("problema").asString()) + "/"
                            + String.format("%08d", i.get("id").asInt())));
        }
        assertThat(keys).hasSize((int) matched).isSorted();
        // A commune's list: projects located in it or declaring it; a province's holds its communes' lists.
        JsonNode valdivia = http.json("/api/investments/reconciliation?territorio=14101");
        assertThat(valdivia.get("territorio").asString()).isEqualTo("14101");
        valdivia.get("problemas")
                .forEach(i -> assertThat(i.get("comuna_declarada").asString().equals("14101")
                                || i.get("comunas_localizadas").toString().contains("14101"))
                        .as(i.toString())
                        .isTrue());
        long province = http.json("/api/investments/reconciliation?territorio=141")
                .get("numberMatched")
                .asLong();
        assertThat(province)
                .isGreaterThanOrEqualTo(valdivia.get("numberMatched").asLong())
                .isLessThanOrEqualTo(matched);
        assertThat(http.get("/api/investments/reconciliation?territorio=no-existe")
                        .statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/investments/reconciliation?limit=0").statusCode())
                .isEqualTo(400);
    }

    @Test
    void screeningFlagsProjectsInsideOrNearConservationAreas() {
        JsonNode report = http.json("/api/screening");
        assertThat(report.get("margen_m").asDouble()).isEqualTo(1000);
        assertThat(report.get("ilustrativo").asBoolean()).isTrue();
        assertThat(report.get("geometria_comunas").get(0).asString()).startsWith("Cobertura operativa sin vacíos");
        int inside = 0;
        for (JsonNode r : report.get("filas")) {
            String status = r.get("estado").asString();
            if (status.equals("dentro")) {
                inside++;
                assertThat(r.get("areas").size()).isPositive();
                assertThat(r.get("distancia_m").asDouble()).isZero();
            } else {
                assertThat(status).isEqualTo("cerca");
                assertThat(r.get("areas").size()).isZero();
                assertThat(r.get("distancia_m").asDouble()).isStrictlyBetween(0.0, 1000.0);
            }
        }
        assertThat(inside).isPositive();
        int rows = report.get("filas").size();
        assertThat(http.json("/api/screening?margen_m=0").get("filas").size()).isEqualTo(inside);
        assertThat(http.json("/api/screening?margen_m=5000").get("filas").size())
                .isGreaterThanOrEqualTo(rows);
        JsonNode valdivia = http.json("/api/screening?comuna=14101");
        valdivia.get("filas")
                .forEach(r -> assertThat(r.get("comunas").toString()).contains("14101"));
        assertThat(valdivia.get("por_territorio"))
                .allSatisfy(t -> assertThat(t.get("codigo").asString()).isEqualTo("14101"));
        for (String bad : List.of("margen_m=-1", "margen_m=mucho", "margen_m=60000", "comuna=Valdivia", "otro=1")) {
            assertThat(http.get("/api/screening?" + bad).statusCode()).as(bad).isEqualTo(400);
        }
    }

    @Test
    void overlapsPairProjectsOnlyWhenTheirYearsOverlapWithAReasonCode() {
        JsonNode report = http.json("/api/overlaps?distancia_m=500&limit=10000");
        assertThat(report.get("ilustrativo").asBoolean()).isTrue();
        assertThat(report.get("geometria_comunas").get(0).asString()).startsWith("Cobertura operativa sin vacíos");
        assertThat(report.get("pares").size()).isPositive();
        assertThat(report.get("numberMatched").asLong())
                .isEqualTo(report.get("pares").size());
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        for (JsonNode p : report.get("pares")) {
            JsonNode a = p.get("a");
            JsonNode b = p.get("b");
            assertThat(a.get("id").asInt()).isLessThan(b.get("id").asInt());
            assertThat(seen.add(a.get("id").asInt() + "-" + b.get("id").asInt()))
                    .isTrue();
            assertThat(a.get("anio_inicio").asInt())
                    .isLessThanOrEqualTo(b.get("anio_fin").asInt());
            assertThat(b.get("anio_inicio").asInt())
                    .isLessThanOrEqualTo(a.get("anio_fin").asInt());
            String reason = p.get("motivo").asString();
            assertThat(p.get("motivos").get(0).asString()).isEqualTo(reason);
            assertThat(p.get("etiqueta").asString()).isNotBlank();
            switch (reason) {
                case "territorio_anios_sector" -> {
                    assertThat(a.get("programa").asString())
                            .isNotEqualTo(b.get("programa").asString());
                    assertThat(a.get("sector").asString())
                            .isEqualTo(b.get("sector").asString());
                    assertThat(p.get("comunas").size()).isPositive();
                    assertThat(p.get("distancia_m").asDouble()).isBetween(0.0, 500.0);
                }
                case "cercania_anios" -> {
                    assertThat(a.get("programa").asString())
                            .isNotEqualTo(b.get("programa").asString());
                    assertThat(p.get("distancia_m").asDouble()).isBetween(0.0, 500.0);
                }
                case "mismo_programa" -> {
                    assertThat(a.get("programa").asString())
                            .isEqualTo(b.get("programa").asString());
                    assertThat(p.get("distancia_m").asDouble()).isBetween(0.0, 500.0);
                }
                default -> throw new AssertionError("unknown reason " + reason);
            }
            order.add(reason);
        }
        List<String> strength = List.of("territorio_anios_sector", "cercania_anios", "mismo_programa");
        assertThat(order).isSortedAccordingTo(Comparator.comparingInt(strength::indexOf));
        int perReason = 0;
        for (JsonNode r : report.get("por_motivo")) {
            perReason += r.get("pares").asInt();
        }
        assertThat(perReason).isEqualTo(report.get("pares").size());
        assertThat(http.json("/api/overlaps?distancia_m=0").get("numberMatched").asLong())
                .isLessThanOrEqualTo(report.get("numberMatched").asLong());
        assertThat(http.json("/api/overlaps?comuna=14102").get("pares"))
                .allSatisfy(p -> assertThat(p.get("comunas").toString()).contains("14102"));
        assertThat(http.get("/api/overlaps?distancia_m=-3").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/overlaps?x=1").statusCode()).isEqualTo(400);
    }

    @Test
    void aTerritorysPairsAreEveryPairWithAProjectThereEachOnce() {
        JsonNode all = http.json("/api/overlaps?limit=10000");
        assertThat(all.get("numberMatched").asLong())
                .isEqualTo(all.get("pares").size())
                .isGreaterThan(20);
        for (String unit : List.of("14101", "14102", "141", "14")) {
            List<String> expected = new java.util.ArrayList<>();
            for (JsonNode p : all.get("pares")) {
                boolean there = false;
                for (JsonNode cut : p.get("comunas")) {
                    there |= cut.asString().startsWith(unit);
                }
                if (there) {
                    expected.add(p.get("a").get("id").asInt() + "-"
                            + p.get("b").get("id").asInt());
                }
            }
            JsonNode mine = http.json("/api/overlaps?limit=10000&territorio=" + unit);
            List<String> got = new java.util.ArrayList<>();
            mine.get("pares")
                    .forEach(p -> got.add(p.get("a").get("id").asInt() + "-"
                            + p.get("b").get("id").asInt()));
            assertThat(got).as(unit).isEqualTo(expected);
            assertThat(mine.get("numberMatched").asLong()).as(unit).isEqualTo(expected.size());
            int perReason = 0;
            for (JsonNode r : mine.get("por_motivo")) {
                perReason += r.get("pares").asInt();
            }
            assertThat(perReason).as(unit).isEqualTo(expected.size());
        }
    }

    @Test
    void coincidencesArePerCommuneSectorAndYearWithTwoProgrammesOrMore() {
        JsonNode all = http.json("/api/overlaps/coincidencias?limit=10000");
        long matched = all.get("numberMatched").asLong();
        assertThat(matched).isEqualTo(all.get("coincidencias").size()).isGreaterThan(5);
        List<String> keys = new java.util.ArrayList<>();
        for (JsonNode c : all.get("coincidencias")) {
            JsonNode programmes = c.get("programas");
            assertThat(programmes.size()).as(c.toString()).isGreaterThanOrEqualTo(2);
            long sum = 0;
            for (JsonNode p : programmes) {
                sum += p.get("proyectos").asLong();
            }
            // Each project has one programme: the programmes' projects add up to the cell's.
            assertThat(sum).isEqualTo(c.get("proyectos").asLong());
            keys.add(String.format(
                    "%03d/%06d",
                    999 - programmes.size(), 999_999 - c.get("proyectos").asLong()));
        }
        assertThat(keys).isSorted();
        // The first cell, counted by hand from the tables: projects with an amount that year, sharing the commune.
        JsonNode top = all.get("coincidencias").get(0);
        Long byHand = jdbc.queryForObject(
                "SELECT COUNT(DISTINCT p.id) FROM investment_project p "
                        + "JOIN investment_territory s ON s.project_id = p.id JOIN investment_amount a ON a.project_id = p.id "
                        + "WHERE s.cut = ? AND p.sector = ? AND a.anio = ?",
                Long.class,
                top.get("comuna").asString(),
                top.get("sector").asString(),
                top.get("anio").asInt());
        assertThat(byHand).isEqualTo(top.get("proyectos").asLong());
        // Paged, and by any territory.
        JsonNode second = http.json("/api/overlaps/coincidencias?limit=1&offset=1");
        assertThat(second.get("coincidencias").get(0))
                .isEqualTo(all.get("coincidencias").get(1));
        JsonNode province = http.json("/api/overlaps/coincidencias?territorio=142&limit=10000");
        assertThat(province.get("coincidencias"))
                .allSatisfy(c -> assertThat(c.get("comuna").asString()).startsWith("142"));
        assertThat(province.get("numberMatched").asLong()).isPositive().isLessThan(matched);
        assertThat(http.json("/api/overlaps/coincidencias?desde=2010&hasta=2010&limit=10000")
                        .get("coincidencias"))
                .allSatisfy(c -> assertThat(c.get("anio").asInt()).isEqualTo(2010));
        assertThat(http.get("/api/overlaps/coincidencias?territorio=no-existe").statusCode())
                .isEqualTo(400);
        assertThat(http.get("/api/overlaps/coincidencias?desde=2020&hasta=2010").statusCode())
                .isEqualTo(400);
    }

    @Test
    void overlapsArePagedInAStableOrder() {
        JsonNode all = http.json("/api/overlaps?limit=10000");
        long matched = all.get("numberMatched").asLong();
        assertThat(matched).isGreaterThan(5);
        JsonNode first = http.json("/api/overlaps");
        assertThat(first.get("limit").asInt()).isEqualTo(100);
        assertThat(first.get("distancia_m").asDouble()).isEqualTo(500);
        assertThat(first.get("offset").asInt()).isZero();
        assertThat(first.get("numberMatched").asLong()).isEqualTo(matched);
        assertThat(first.get("numberReturned").asInt()).isEqualTo((int) Math.min(100, matched));
        JsonNode page = http.json("/api/overlaps?limit=3&offset=2");
        assertThat(page.get("numberReturned").asInt()).isEqualTo(3);
        for (int i = 0; i < 3; i++) {
            assertThat(page.get("pares").get(i)).isEqualTo(all.get("pares").get(i + 2));
        }
        assertThat(http.json("/api/overlaps?offset=" + matched).get("pares")).isEmpty();
        assertThat(http.get("/api/overlaps?limit=0").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/overlaps?limit=10001").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/overlaps?offset=-1").statusCode()).isEqualTo(400);
        assertThat(http.get("/api/overlaps?limit=2.5").statusCode()).isEqualTo(400);
    }

    /** The total of the rows plus the part outside every commune. */
    private static double total(JsonNode document) {
        double sum = 0;
        for (JsonNode r : document.get("filas")) {
            sum += r.get("total_clp").asDouble();
        }
        for (JsonNode o : document.get("fuera_de_comunas")) {
            sum += o.get("total_clp").asDouble();
        }
        return sum;
    }

    private static JsonNode row(JsonNode document, String code) {
        for (JsonNode r : document.get("filas")) {
            if (r.get("codigo").asString().equals(code)) {
                return r;
            }
        }
        throw new AssertionError("no row " + code);
    }
}

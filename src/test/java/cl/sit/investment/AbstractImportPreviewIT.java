package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.layer.LayerGenerations;
import cl.sit.support.Http;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * {@code POST /api/investments/import?vista_previa=true}: the whole import runs and is rolled back, so the counts,
 * warnings (by row) and errors are what the real import would give, and nothing is kept. On both stores.
 */
abstract class AbstractImportPreviewIT extends AbstractInvestmentStaffIT {

    static final String HEADER = "EBI_CODIGO;EBI_NOMBRE;PROGRAMA;SECTOR;EBI_ETAPA;EBI_COSTO_TOTAL;CMN_CLAVE;"
            + "ANIO_INICIO;ANIO_FIN;LON;LAT;WKT\n";
    /** Row 1 plain; 2 on Rapa Nui; 3 an old commune code; 4 just off the coast; 5 a path 30 % over the sea. */
    static final String ROWS = HEADER
            + "97-1;Posta Niebla;FNDR;Salud;diseño;1.000;14101;2024;2025;-73,39;-39,87;\n"
            + "97-2;Posta Hanga Roa;FNDR;Salud;idea;1.000;14101;2024;2025;-109,43;-27,15;\n"
            + "97-3;Costanera;FNDR;Transporte;ejecución;1.000;10501;2005;2006;-73,24;-39,815;\n"
            + "97-4;Boya;FNDR;Pesca;idea;1.000;14102;2024;2024;-73,715;-40,0;\n"
            + "97-5;Sendero costero;FNDR;Transporte;idea;1.000;14102;2024;2024;;;LINESTRING (-73.80 -40.0, "
            + "-73.4764 -40.0)\n";

    @Autowired
    LayerGenerations generations;

    @Override
    String username() {
        return "previa";
    }

    @AfterEach
    void removeImported() {
        jdbc.update("DELETE FROM investment_history WHERE codigo_bip LIKE '97-_'");
        jdbc.update("DELETE FROM investment_project WHERE codigo_bip LIKE '97-_'");
        jdbc.update("DELETE FROM investment_history WHERE codigo_bip LIKE '98-%'");
        jdbc.update("DELETE FROM investment_project WHERE codigo_bip LIKE '98-%'");
    }

    /** Rows of every table an import writes, and the collection's generation. */
    List<Long> stored() {
        List<Long> out = new ArrayList<>();
        for (String table : List.of(
                "investment_project",
                "investment_amount",
                "investment_territory",
                "investment_link",
                "investment_history")) {
            out.add(jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class));
        }
        out.add(jdbc.queryForObject("SELECT COALESCE(SUM(costo_total_clp), 0) FROM investment_project", Long.class));
        out.add(generations.of(InvestmentWriter.LAYER_ID).number());
        return out;
    }

    static List<String> warnings(JsonNode result) {
        List<String> out = new ArrayList<>();
        for (JsonNode w : result.get("advertencias")) {
            out.add(w.get("fila").asInt() + ": " + w.get("mensaje").asString());
        }
        return out;
    }

    @Test
    void aPreviewCountsAndWarnsByRowAndWritesNothing() {
        String existing = "97-9;Sede social;FRIL;Deportes;perfil;2.000;14101;2024;2025;-73,24;-39,815;\n";
        assertThat(post("", HEADER + existing).statusCode()).isEqualTo(201);
        List<Long> before = stored();

        HttpResponse<String> r = post("?modo=actualizar&vista_previa=true", ROWS + existing.replace("2.000", "2.500"));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode result = Http.parse(r.body());
        assertThat(result.get("vista_previa").asBoolean()).isTrue();
        assertThat(result.get("creados").asInt()).isEqualTo(5);
        assertThat(result.get("actualizados").asInt()).isEqualTo(1);
        assertThat(result.get("sin_cambios").asInt()).isZero();
        assertThat(result.get("ids").size()).isZero();
        List<String> warnings = warnings(result);
        assertThat(warnings).hasSize(4);
        assertThat(warnings.get(0)).startsWith("2: ").contains("fuera del territorio cargado");
        assertThat(warnings.get(1)).startsWith("3: ").contains("10501", "14101");
        assertThat(warnings.get(2)).startsWith("4: ").contains("comuna más cercana");
        assertThat(warnings.get(3)).startsWith("5: ").contains("queda fuera de las comunas");
        assertThat(result.at("/advertencias/1/columna").asString()).isEqualTo("CMN_CLAVE");
        assertThat(stored()).as("projects, amounts, links, history, generation").isEqualTo(before);
        assertThat(jdbc.queryForObject(
                        "SELECT costo_total_clp FROM investment_project WHERE codigo_bip = '97-9'", Long.class))
                .isEqualTo(2_000_000L);

        HttpResponse<String> real =
                post("?modo=actualizar&vista_previa=false", ROWS + existing.replace("2.000", "2.500"));
        assertThat(real.statusCode()).as(real.body()).isEqualTo(201);
        JsonNode imported = Http.parse(real.body());
        assertThat(imported.get("vista_previa").asBoolean()).isFalse();
        assertThat(warnings(imported))
                .as("the import returns the warnings of its preview")
                .isEqualTo(warnings);
        assertThat(imported.get("ids").size()).isEqualTo(6);
        assertThat(stored().get(0)).isEqualTo(before.get(0) + 5);
    }

    @Test
    void aPreviewAsLargeAsAThirdOfThePortfolioWritesNothingEither() {
        // So many rows that the stored screening and overlaps are recomputed for every project, not row by row.
        long projects = jdbc.queryForObject("SELECT COUNT(*) FROM investment_project", Long.class);
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < projects / 3 + 1; i++) {
            csv.append("98-")
                    .append(i)
                    .append(";Sede ")
                    .append(i)
                    .append(";FRIL;Deportes;perfil;1.000;14101;2024;")
                    .append("2025;-73,2")
                    .append(i % 10)
                    .append(";-39,81;\n");
        }
        List<Long> before = stored();
        long pairs = jdbc.queryForObject("SELECT COUNT(*) FROM investment_overlap", Long.class);
        HttpResponse<String> r = post("?vista_previa=true", csv.toString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(Http.parse(r.body()).get("creados").asLong()).isEqualTo(projects / 3 + 1);
        assertThat(stored()).as("projects, amounts, links, history, generation").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM investment_overlap", Long.class))
                .isEqualTo(pairs);
    }

    @Test
    void aPreviewListsTheErrorsByRowAndWritesNothing() {
        List<Long> before = stored();
        String broken = ROWS.replace(
                        "97-1;Posta Niebla;FNDR;Salud;diseño;1.000", "97-1;Posta Niebla;FNDR;Salud;diseño;150.5")
                .replace("-109,43;-27,15", "-80;-39,87");
        HttpResponse<String> r = post("?vista_previa=true", broken);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(422);
        JsonNode errors = Http.parse(r.body()).get("errores");
        assertThat(errors.size()).isEqualTo(2);
        assertThat(errors.get(0).get("fila").asInt()).isEqualTo(1);
        assertThat(errors.get(0).get("mensaje").asString()).contains("ambiguo");
        assertThat(errors.get(1).get("fila").asInt()).isEqualTo(2);
        assertThat(errors.get(1).get("mensaje").asString()).contains("fuera de Chile");
        assertThat(stored()).isEqualTo(before);
        HttpResponse<String> bad = post("?vista_previa=quizas", ROWS);
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("vista_previa");
        assertThat(stored()).isEqualTo(before);
    }
}

package cl.sit.territory;

import cl.sit.seed.SeedDataset;
import cl.sit.seed.SeedFiles;
import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Population of Los Ríos per commune and year: Censo 2017 counts and INE projections 2002-2035 (base Censo
 * 2017). Provinces and the region get the sum of their communes, with the same source.
 */
@Component
class PopulationSeed implements SeedDataset {

    static final String CENSUS_SOURCE = "INE, Censo 2017 (vía pachadotdev/chilemapas)";
    static final String PROJECTION_SOURCE =
            "INE, Estimaciones y proyecciones de población 2002-2035 por comuna, base Censo 2017";

    private final SqlFiles sql;

    PopulationSeed(SqlFiles sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "poblacion-los-rios";
    }

    @Override
    public String source() {
        return CENSUS_SOURCE + "; " + PROJECTION_SOURCE;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        List<Object[]> rows = new ArrayList<>();
        Map<String, Long> census = new TreeMap<>();
        for (CSVRecord r : SeedFiles.csv("los-rios/poblacion_superficie_comunas_los_rios.csv")) {
            census.put(r.get("cut"), Long.parseLong(r.get("pob_censo2017")));
        }
        addWithSums(rows, census, 2017, "censo", CENSUS_SOURCE);

        Map<Integer, Map<String, Long>> projections = new TreeMap<>();
        for (CSVRecord r : SeedFiles.csv("los-rios/proyeccion_poblacion_ine_2002_2035_los_rios.csv")) {
            projections
                    .computeIfAbsent(Integer.parseInt(r.get("anio")), y -> new TreeMap<>())
                    .put(r.get("cut"), Long.parseLong(r.get("poblacion_proyectada")));
        }
        projections.forEach((year, byCommune) -> addWithSums(rows, byCommune, year, "proyeccion", PROJECTION_SOURCE));
        jdbc.batchUpdate(sql.get(PopulationSeed.class, "insert-population"), rows);
        return rows.size();
    }

    /** Rows for each commune plus its province (first 3 digits) and region (first 2 digits) as sums. */
    private static void addWithSums(
            List<Object[]> rows, Map<String, Long> byCommune, int year, String kind, String source) {
        Map<String, Long> totals = new TreeMap<>(byCommune);
        byCommune.forEach((cut, n) -> {
            totals.merge(cut.substring(0, 3), n, Long::sum);
            totals.merge(cut.substring(0, 2), n, Long::sum);
        });
        totals.forEach((cut, n) -> rows.add(new Object[] {cut, year, kind, n, source}));
    }
}

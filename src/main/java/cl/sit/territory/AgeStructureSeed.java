package cl.sit.territory;

import cl.sit.seed.SeedDataset;
import cl.sit.seed.SeedFiles;
import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Censo 2017 population of the communes of Los Ríos by five-year age group ("0 a 4" ... "95 a 99", "100 o mas") and
 * sex (table {@code population_age}, migration V41); see data/los-rios/PROVENANCE.md.
 */
@Component
class AgeStructureSeed implements SeedDataset {

    static final String SOURCE = "INE, Censo 2017, personas por sexo y edad (vía pachadotdev/chilemapas)";

    private final SqlFiles sql;

    AgeStructureSeed(SqlFiles sql) {
        this.sql = sql;
    }

    @Override
    public String name() {
        return "edad-sexo-censo2017-los-rios";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public int order() {
        return 21;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        List<Object[]> rows = new ArrayList<>();
        for (CSVRecord r : SeedFiles.csv("los-rios/censo2017_comunas_los_rios_edad_sexo.csv")) {
            int[] ages = ages(r.get("edad"));
            rows.add(new Object[] {
                r.get("codigo_comuna"),
                ages[0],
                ages[1] < 0 ? null : ages[1],
                r.get("sexo"),
                Integer.parseInt(r.get("poblacion")),
                SOURCE
            });
        }
        jdbc.batchUpdate(sql.get(AgeStructureSeed.class, "insert-population-age"), rows);
        return rows.size();
    }

    /** "15 a 19" → {15, 19}; "100 o mas" → {100, -1}. */
    static int[] ages(String group) {
        String[] parts = group.strip().split(" ");
        if (parts.length == 3 && parts[1].equals("a")) {
            return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[2])};
        }
        if (parts.length == 3 && parts[1].equals("o")) {
            return new int[] {Integer.parseInt(parts[0]), -1};
        }
        throw new IllegalArgumentException("grupo de edad desconocido: " + group);
    }
}

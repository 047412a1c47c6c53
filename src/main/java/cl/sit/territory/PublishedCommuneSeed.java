package cl.sit.territory;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.seed.SeedDataset;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * BCN's commune polygons of Los Ríos as published (collection {@code comunas-bcn}), kept beside the coverage for
 * reference. On a database seeded before the coverage existed (its communes are still BCN's polygons, with no
 * geometry note) it also replaces the communes, provinces and region with the coverage and their official
 * surfaces, once; the investment links are then redone on the coverage (investment's own seed).
 */
@Component
class PublishedCommuneSeed implements SeedDataset {

    private final TerritoryWriter writer;
    private final SqlFiles sql;

    PublishedCommuneSeed(TerritoryWriter writer, SqlFiles sql) {
        this.writer = writer;
        this.sql = sql;
    }

    @Override
    public String name() {
        return "comunas-bcn-publicadas";
    }

    @Override
    public String source() {
        return LosRiosCommunes.BCN_SOURCE;
    }

    @Override
    public int order() {
        return 11;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        List<Object[]> rows = new ArrayList<>();
        for (LosRiosCommunes.Commune c : LosRiosCommunes.all()) {
            rows.add(new Object[] {
                c.cut(),
                c.name(),
                GeodesicMeasure.areaKm2(c.published()),
                LosRiosCommunes.BCN_SOURCE,
                Wkb.write(c.published())
            });
        }
        jdbc.batchUpdate(sql.get(PublishedCommuneSeed.class, "insert-published-commune"), rows);
        Integer undescribed = jdbc.queryForObject(
                sql.get(PublishedCommuneSeed.class, "count-undescribed-communes"),
                Integer.class,
                Territory.SEEDED_REGION + "%");
        if (undescribed != null && undescribed > 0) {
            for (Territory t : CommuneSeed.units()) {
                writer.reshape(jdbc, t);
            }
            CommuneSeed.describe(jdbc, writer);
        }
        return rows.size();
    }
}

package cl.sit.territory;

import cl.sit.seed.SeedDataset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The 12 communes of Los Ríos as SIT's gap-free coverage (BCN land plus the water SUBDERE's DPA gives them; see
 * {@link LosRiosCommunes}), their provinces (141 Valdivia, 142 Ranco) and the region (14) as unions, each with
 * its official surface. The region and both provinces exist with this extent since Law 20.174 took effect.
 */
@Component
class CommuneSeed implements SeedDataset {

    /** Los Ríos region (and its two provinces) in force from this date (Ley 20.174). */
    static final LocalDate LOS_RIOS_FROM = LocalDate.of(2007, 10, 2);

    private final TerritoryWriter writer;

    CommuneSeed(TerritoryWriter writer) {
        this.writer = writer;
    }

    @Override
    public String name() {
        return "comunas-los-rios";
    }

    @Override
    public String source() {
        return LosRiosCommunes.COVERAGE_SOURCE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        List<Territory> all = units();
        writer.insert(jdbc, all);
        describe(jdbc, writer);
        return all.size();
    }

    /** The communes of the coverage, their provinces and the region, top level first. */
    static List<Territory> units() {
        List<Territory> communes = new ArrayList<>();
        Map<String, String> provinceNames = new HashMap<>();
        for (LosRiosCommunes.Commune c : LosRiosCommunes.all()) {
            String province = c.cut().substring(0, 3);
            provinceNames.put(province, c.province());
            communes.add(TerritoryWriter.measured(
                    c.cut(),
                    c.name(),
                    Territory.COMMUNE,
                    province,
                    null,
                    LosRiosCommunes.COVERAGE_SOURCE,
                    c.coverage()));
        }
        String unionSource = "Unión de la cobertura comunal (tierra BCN + aguas según DPA SUBDERE 2023)";
        List<Territory> provinces = TerritoryWriter.unions(
                communes,
                Territory::parentCut,
                cut -> new Territory(
                        cut,
                        provinceNames.get(cut),
                        Territory.PROVINCE,
                        cut.substring(0, 2),
                        LOS_RIOS_FROM,
                        0,
                        unionSource,
                        null));
        List<Territory> regions = TerritoryWriter.unions(
                provinces,
                Territory::parentCut,
                cut -> new Territory(cut, "Los Ríos", Territory.REGION, null, LOS_RIOS_FROM, 0, unionSource, null));
        List<Territory> all = new ArrayList<>(regions);
        all.addAll(provinces);
        all.addAll(communes);
        return all;
    }

    /** Writes each unit's official surface (SUBDERE; provinces and the region as sums) and its geometry note. */
    static void describe(JdbcTemplate jdbc, TerritoryWriter writer) {
        Map<String, Double> official = new HashMap<>();
        for (LosRiosCommunes.Commune c : LosRiosCommunes.all()) {
            writer.describe(jdbc, c.cut(), c.officialKm2(), LosRiosCommunes.OFFICIAL_SOURCE, LosRiosCommunes.GEOMETRY);
            official.merge(c.cut().substring(0, 3), c.officialKm2(), Double::sum);
            official.merge(c.cut().substring(0, 2), c.officialKm2(), Double::sum);
        }
        official.forEach((cut, km2) -> writer.describe(
                jdbc,
                cut,
                Math.round(km2 * 100) / 100.0,
                LosRiosCommunes.OFFICIAL_SUM_SOURCE,
                "Unión de la cobertura operativa de sus comunas"));
    }
}

package cl.sit.territory;

import cl.sit.analysis.Polygons;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.seed.SeedDataset;
import cl.sit.seed.SeedFiles;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The 12 communes of Los Ríos (BCN boundaries), their provinces (141 Valdivia, 142 Ranco) and the region (14)
 * as unions. The region and both provinces exist with this extent since Law 20.174 took effect.
 */
@Component
class CommuneSeed implements SeedDataset {

    /** Los Ríos region (and its two provinces) in force from this date (Ley 20.174). */
    static final LocalDate LOS_RIOS_FROM = LocalDate.of(2007, 10, 2);
    private static final String FILE = "los-rios/comunas_los_rios_bcn.geojson";
    private static final String SOURCE = "BCN, mapas vectoriales (vía jlhonora/geo), sin simplificar";

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
        return SOURCE;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        List<Territory> communes = new ArrayList<>();
        Map<String, String> provinceNames = new HashMap<>();
        for (SourceFeature f : SeedFiles.features(FILE)) {
            String cut = (String) f.properties().get("cut");
            String province = cut.substring(0, 3);
            provinceNames.put(province, (String) f.properties().get("provincia"));
            communes.add(TerritoryWriter.measured(cut, (String) f.properties().get("comuna"), Territory.COMMUNE,
                    province, null, SOURCE, Polygons.valid(f.geometry())));
        }
        List<Territory> provinces = TerritoryWriter.unions(communes, Territory::parentCut,
                cut -> new Territory(cut, provinceNames.get(cut), Territory.PROVINCE, cut.substring(0, 2),
                        LOS_RIOS_FROM, 0, "Unión de comunas BCN", null));
        List<Territory> regions = TerritoryWriter.unions(provinces, Territory::parentCut,
                cut -> new Territory(cut, "Los Ríos", Territory.REGION, null, LOS_RIOS_FROM, 0,
                        "Unión de comunas BCN", null));
        List<Territory> all = new ArrayList<>(regions);
        all.addAll(provinces);
        all.addAll(communes);
        writer.insert(jdbc, all);
        return all.size();
    }
}

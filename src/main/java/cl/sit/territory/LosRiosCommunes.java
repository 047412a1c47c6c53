package cl.sit.territory;

import cl.sit.analysis.CommuneCoverage;
import cl.sit.analysis.GeodesicMeasure;
import cl.sit.analysis.Polygons;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.seed.SeedFiles;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.MultiPolygon;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The 12 communes of Los Ríos twice: as BCN publishes them (land only: rivers, estuaries and bays between
 * communes are gaps), and as SIT's operational coverage (that land plus the water SUBDERE's DPA 2023 gives to each
 * commune; see {@link CommuneCoverage}), with SUBDERE's official surface. Built once per JVM from the files in
 * {@code data/los-rios}; the build fails if the coverage has a gap or an overlap.
 */
final class LosRiosCommunes {

    static final String BCN_FILE = "los-rios/comunas_los_rios_bcn.geojson";
    static final String DPA_FILE = "los-rios/comunas_los_rios_subdere2023_simplificado.geojson";
    static final String BCN_SOURCE = "BCN, mapas vectoriales (vía jlhonora/geo), sin simplificar";
    static final String COVERAGE_SOURCE = "Tierra: BCN, mapas vectoriales (sin simplificar); aguas: SUBDERE, DPA 2023";
    static final String GEOMETRY = "Cobertura operativa sin vacíos: tierra BCN + aguas (ríos, estuarios, bahías, "
            + "lagos) asignadas según la DPA SUBDERE 2023";
    static final String OFFICIAL_SOURCE = "SUBDERE, División Político-Administrativa 2023, campo SUPERFICIE";
    static final String OFFICIAL_SUM_SOURCE = "SUBDERE, División Político-Administrativa 2023, suma de sus comunas";
    /** Narrowest gap (degrees, about 1 m) the coverage check looks for besides overlaps and holes. */
    static final double GAP_WIDTH_DEG = 1e-5;

    /**
     * @param published BCN polygon as published
     * @param coverage the commune in the gap-free coverage
     * @param officialKm2 SUBDERE's official surface
     * @param waterKm2 geodesic area of the water the coverage adds to the BCN polygon
     */
    record Commune(
            String cut,
            String name,
            String province,
            MultiPolygon published,
            MultiPolygon coverage,
            double officialKm2,
            double waterKm2) {}

    private static final Logger log = LoggerFactory.getLogger(LosRiosCommunes.class);

    private LosRiosCommunes() {}

    static List<Commune> all() {
        return Holder.ALL;
    }

    private static final class Holder {
        static final List<Commune> ALL = build();
    }

    private static List<Commune> build() {
        long start = System.nanoTime();
        Map<String, SourceFeature> dpa = new HashMap<>();
        for (SourceFeature f : SeedFiles.features(DPA_FILE)) {
            dpa.put((String) f.properties().get("cut"), f);
        }
        List<SourceFeature> bcn = SeedFiles.features(BCN_FILE);
        List<CommuneCoverage.Commune> input = new ArrayList<>();
        for (SourceFeature f : bcn) {
            String cut = (String) f.properties().get("cut");
            SourceFeature water = dpa.get(cut);
            if (water == null) {
                throw new IllegalStateException("La comuna " + cut + " no está en " + DPA_FILE);
            }
            input.add(new CommuneCoverage.Commune(cut, Polygons.valid(f.geometry()), Polygons.valid(water.geometry())));
        }
        CommuneCoverage.Result coverage = CommuneCoverage.build(input);
        List<String> problems = CommuneCoverage.problems(coverage.communes(), GAP_WIDTH_DEG);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("La cobertura comunal de Los Ríos tiene vacíos o traslapes: " + problems);
        }
        List<Commune> out = new ArrayList<>();
        for (int i = 0; i < bcn.size(); i++) {
            SourceFeature f = bcn.get(i);
            String cut = (String) f.properties().get("cut");
            out.add(new Commune(
                    cut,
                    (String) f.properties().get("comuna"),
                    (String) f.properties().get("provincia"),
                    (MultiPolygon) input.get(i).land(),
                    coverage.communes().get(cut),
                    ((Number) dpa.get(cut).properties().get("superficie_km2_subdere")).doubleValue(),
                    coverage.waterKm2().get(cut)));
        }
        out.sort(java.util.Comparator.comparing(Commune::cut));
        for (Commune c : out) {
            log.info(
                    "Comuna {} ({}): {} km² BCN + {} km² de agua = {} km², oficial {} km² ({}%)",
                    c.cut(),
                    c.name(),
                    fmt(GeodesicMeasure.areaKm2(c.published())),
                    fmt(c.waterKm2()),
                    fmt(GeodesicMeasure.areaKm2(c.coverage())),
                    fmt(c.officialKm2()),
                    fmt(100 * (GeodesicMeasure.areaKm2(c.coverage()) - c.officialKm2()) / c.officialKm2()));
        }
        log.info(
                "Cobertura comunal de Los Ríos sin vacíos ni traslapes, construida en {} ms",
                (System.nanoTime() - start) / 1_000_000);
        return List.copyOf(out);
    }

    private static String fmt(double v) {
        return String.format(java.util.Locale.ROOT, "%.2f", v);
    }
}

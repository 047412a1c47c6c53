package cl.sit.territory;

import cl.sit.analysis.CommuneCoverage;
import cl.sit.analysis.Polygons;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.geometry.Geometries;
import cl.sit.seed.SeedDataset;
import cl.sit.seed.SeedFiles;
import cl.sit.seed.SeedSettings;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.UnaryUnionNG;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The communes of Chile (BCN, simplified with a 2 km tolerance) with their provinces and regions as unions,
 * for national-scale work. Loaded only when {@code sit.seed.national} is set. Units already present (Los
 * Ríos, at full resolution) are kept as they are. The source file has 346 features: 345 communes and the
 * "Zona sin demarcar" (code 0, the undemarcated southern ice field), which is not a commune and is skipped;
 * Antártica (12202) has no polygon in it. See data/chile/PROVENANCE.md.
 */
@Component
class NationalCommuneSeed implements SeedDataset {

    private static final String SOURCE = "BCN, mapas vectoriales (vía fcortes/Chile-GeoJSON), simplificado 2 km";
    /** Province names the source gets wrong (province 014 is labelled "Iquique"). */
    private static final Map<String, String> PROVINCE_NAMES = Map.of("014", "Tamarugal");

    private final TerritoryWriter writer;
    private final SqlFiles sql;

    NationalCommuneSeed(TerritoryWriter writer, SqlFiles sql) {
        this.writer = writer;
        this.sql = sql;
    }

    @Override
    public String name() {
        return "comunas-chile";
    }

    @Override
    public String source() {
        return SOURCE;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public boolean wanted(SeedSettings settings) {
        return settings.national();
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        Set<String> present =
                new HashSet<>(jdbc.queryForList(sql.get(NationalCommuneSeed.class, "select-cuts"), String.class));
        Map<String, String> names = new HashMap<>();
        Map<String, String> communeNames = new HashMap<>();
        List<CommuneCoverage.Commune> input = new ArrayList<>();
        for (SourceFeature f : SeedFiles.features("chile/comunas_chile_bcn_simplificado.geojson")) {
            int code = ((Number) f.properties().get("cod_comuna")).intValue();
            if (code == 0) {
                continue;
            }
            String cut = String.format("%05d", code);
            names.put(cut.substring(0, 3), PROVINCE_NAMES.getOrDefault(cut.substring(0, 3), (String)
                    f.properties().get("Provincia")));
            names.put(cut.substring(0, 2), (String) f.properties().get("Region"));
            communeNames.put(cut, (String) f.properties().get("Comuna"));
            input.add(new CommuneCoverage.Commune(cut, Polygons.valid(f.geometry()), null));
        }
        // The simplified polygons overlap and leave slivers between neighbours: made a coverage (overlaps to the
        // lower code, enclosed gaps to the neighbour with the longest border). No water data: open inlets stay out.
        CommuneCoverage.Result coverage = CommuneCoverage.build(input);
        // Units already stored (Los Ríos' own coverage, at full resolution) keep their ground: new neighbours are
        // cut back to it, so no two stored communes overlap.
        List<Geometry> stored = new ArrayList<>();
        jdbc.query(sql.get(CustomTerritories.class, "select-commune-geometries"), rs -> {
            stored.add(Wkb.read(rs.getBytes(2)));
        });
        Geometry taken = stored.isEmpty()
                ? null
                : UnaryUnionNG.union(Geometries.FACTORY.buildGeometry(stored), CommuneCoverage.GRID);
        List<Territory> communes = new ArrayList<>();
        coverage.communes().forEach((cut, geometry) -> {
            Geometry own = geometry;
            if (taken != null
                    && !present.contains(cut)
                    && own.getEnvelopeInternal().intersects(taken.getEnvelopeInternal())) {
                own = OverlayNG.overlay(own, taken, OverlayNG.DIFFERENCE, CommuneCoverage.GRID);
            }
            if (!own.isEmpty() && own.getArea() > 0) {
                communes.add(TerritoryWriter.measured(
                        cut,
                        communeNames.get(cut),
                        Territory.COMMUNE,
                        cut.substring(0, 3),
                        null,
                        SOURCE,
                        Polygons.asMultiPolygon(own)));
            }
        });
        List<Territory> provinces = TerritoryWriter.unions(
                communes,
                Territory::parentCut,
                cut -> new Territory(
                        cut, names.get(cut), Territory.PROVINCE, cut.substring(0, 2), null, 0, SOURCE, null));
        List<Territory> regions = TerritoryWriter.unions(
                provinces,
                Territory::parentCut,
                cut -> new Territory(cut, names.get(cut), Territory.REGION, null, null, 0, SOURCE, null));
        List<Territory> missing = new ArrayList<>();
        for (List<Territory> level : List.of(regions, provinces, communes)) {
            level.stream().filter(t -> !present.contains(t.cut())).forEach(missing::add);
        }
        writer.insert(jdbc, missing);
        return missing.size();
    }
}

package cl.sit.territory;

import cl.sit.analysis.GeodesicMeasure;
import cl.sit.analysis.Polygons;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.locationtech.jts.geom.MultiPolygon;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes territorial units; builds provinces and regions as unions of communes. */
@Component
public class TerritoryWriter {

    private final SqlFiles sql;

    TerritoryWriter(SqlFiles sql) {
        this.sql = sql;
    }

    public void insert(JdbcTemplate jdbc, Collection<Territory> territories) {
        List<Object[]> rows = new ArrayList<>();
        for (Territory t : territories) {
            rows.add(new Object[] {
                t.cut(),
                t.name(),
                t.level(),
                t.parentCut(),
                t.validFrom(),
                t.areaKm2(),
                t.source(),
                Wkb.write(t.geometry())
            });
        }
        jdbc.batchUpdate(sql.get(TerritoryWriter.class, "insert-territory"), rows);
    }

    /** Sets a unit's official surface (km²) with its source, and the note saying which geometry it carries. */
    public void describe(JdbcTemplate jdbc, String cut, double officialKm2, String officialSource, String geometry) {
        jdbc.update(
                sql.get(TerritoryWriter.class, "update-territory-description"),
                officialKm2,
                officialSource,
                geometry,
                cut);
    }

    /** Replaces a unit's boundary and geodesic area (e.g. a commune's coverage replacing its BCN polygon). */
    public void reshape(JdbcTemplate jdbc, Territory t) {
        jdbc.update(
                sql.get(TerritoryWriter.class, "update-territory-geometry"),
                t.areaKm2(),
                t.source(),
                Wkb.write(t.geometry()),
                t.cut());
    }

    /**
     * Groups units by a key (the parent CUT) and unions each group into a unit one level up.
     *
     * @param children units to group (communes, or provinces)
     * @param parentCut the CUT of the unit each child belongs to
     * @param parentOf builds the parent's name, level, parent and dates from its CUT
     */
    public static List<Territory> unions(
            Collection<Territory> children,
            Function<Territory, String> parentCut,
            Function<String, Territory> parentOf) {
        Map<String, List<MultiPolygon>> groups = new LinkedHashMap<>();
        for (Territory c : children) {
            groups.computeIfAbsent(parentCut.apply(c), k -> new ArrayList<>()).add(c.geometry());
        }
        List<Territory> out = new ArrayList<>();
        groups.forEach((cut, parts) -> {
            Territory p = parentOf.apply(cut);
            MultiPolygon union = Polygons.union(parts);
            out.add(new Territory(
                    cut,
                    p.name(),
                    p.level(),
                    p.parentCut(),
                    p.validFrom(),
                    GeodesicMeasure.areaKm2(union),
                    p.source(),
                    union));
        });
        return out;
    }

    /** A unit with its geodesic area computed from the geometry. */
    public static Territory measured(
            String cut,
            String name,
            String level,
            String parentCut,
            LocalDate validFrom,
            String source,
            MultiPolygon geometry) {
        return new Territory(
                cut, name, level, parentCut, validFrom, GeodesicMeasure.areaKm2(geometry), source, geometry);
    }
}

package cl.sit.investment;

import cl.sit.analysis.SpatialOrder;
import cl.sit.analysis.TerritorySplit;
import cl.sit.analysis.TerritorySplit.Share;
import cl.sit.storage.Batches;
import cl.sit.storage.IdArrays;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.Phases;
import cl.sit.system.SitProperties;
import cl.sit.territory.UnitShares;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * Links a project to the communes it touches when it is written (DESIGN: at write time, not at query time):
 * splits its geometry with {@link TerritorySplit} over every stored commune and replaces its rows in
 * {@code investment_territory} and {@code investment_link}, and its memberships of every other unit
 * ({@link UnitShares}). Must run in the transaction that writes the project.
 * <p>
 * Representation of the part outside every commune: {@code investment_territory.share} is the fraction of the
 * whole project in a commune, and {@code investment_link.parte_sin_comuna} the fraction given to no commune
 * ({@link TerritorySplit.Result#unassigned()}); together they sum to 1. Every figure per territory multiplies
 * amounts by the commune shares, so the outside part is never added to a commune; reports show it apart as
 * "fuera de comunas", so that communes + outside = the project's cost.
 */
@Component
public class InvestmentLinker {

    private static final Logger log = LoggerFactory.getLogger(InvestmentLinker.class);

    /** Stored projects linked at once by {@link #linkStored}. */
    static final int CHUNK = 50_000;

    private final SqlFiles sql;
    private final UnitShares unitShares;
    private final StoredAlerts alerts;
    private final double nearestCommuneM;
    private volatile TerritorySplit split;
    private volatile int communes;

    InvestmentLinker(SqlFiles sql, UnitShares unitShares, SitProperties properties, StoredAlerts alerts) {
        this.sql = sql;
        this.unitShares = unitShares;
        this.alerts = alerts;
        this.nearestCommuneM = properties.investment().nearestCommuneM();
    }

    /** Splits and stores the link of one project; returns the split. */
    public TerritorySplit.Result link(JdbcTemplate jdbc, int projectId, Geometry geometry) {
        return link(jdbc, List.of(projectId), List.of(geometry)).get(0);
    }

    /**
     * Splits many projects (on all cores: the split is pure JTS) and replaces their stored links in batches, then
     * their stored screening and overlap pairs ({@link StoredAlerts}), which rest on the links and on what was just
     * written. {@code ids} and {@code geometries} go in pairs.
     */
    public List<TerritorySplit.Result> link(JdbcTemplate jdbc, List<Integer> ids, List<Geometry> geometries) {
        return link(jdbc, ids, geometries, true);
    }

    /** As {@link #link(JdbcTemplate, List, List)} for projects just inserted: there is nothing of theirs to delete. */
    List<TerritorySplit.Result> linkNew(JdbcTemplate jdbc, List<Integer> ids, List<Geometry> geometries) {
        return link(jdbc, ids, geometries, false);
    }

    private List<TerritorySplit.Result> link(
            JdbcTemplate jdbc, List<Integer> ids, List<Geometry> geometries, boolean replace) {
        Phases phases = Phases.start(log, "link " + ids.size() + " projects");
        TerritorySplit splitter = split(jdbc);
        List<TerritorySplit.Result> results =
                geometries.parallelStream().map(splitter::split).toList();
        phases.mark("split");
        if (replace) {
            alerts.beforeReplace(jdbc, ids);
            List<Object[]> keys = ids.stream().map(id -> new Object[] {id}).toList();
            jdbc.batchUpdate(sql.get(InvestmentLinker.class, "delete-links"), keys);
            jdbc.batchUpdate(sql.get(InvestmentLinker.class, "delete-link-status"), keys);
        }
        Map<Integer, String> declared = declaredCommunes(jdbc, ids);
        List<Object[]> shares = new ArrayList<>();
        List<Object[]> statuses = new ArrayList<>();
        List<Map<String, Double>> communeShares = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            TerritorySplit.Result r = results.get(i);
            Map<String, Double> communes = new HashMap<>();
            for (Share s : r.shares()) {
                shares.add(new Object[] {
                    ids.get(i), s.code(), s.share(), s.method().stored()
                });
                communes.put(s.code(), s.share());
            }
            communeShares.add(communes);
            Double nearestM = r.nearestDistanceM() > 0 ? r.nearestDistanceM() : null;
            statuses.add(new Object[] {
                ids.get(i),
                r.outsideFraction(),
                nearestM,
                r.unassigned(),
                ReconciliationIssue.needsReview(
                        r.outsideFraction(), nearestM, communes.keySet(), declared.get(ids.get(i)))
            });
        }
        // By commune: rows of one commune go to the same pages of the table's commune indexes, which H2 then reads
        // once per batch instead of once per row (its page cache is small beside a national table).
        shares.sort(Comparator.comparing((Object[] row) -> (String) row[1]).thenComparing(row -> (Integer) row[0]));
        Batches.update(jdbc, sql.get(InvestmentLinker.class, "insert-link"), shares);
        Batches.update(jdbc, sql.get(InvestmentLinker.class, "insert-link-status"), statuses, new int[] {
            java.sql.Types.INTEGER,
            java.sql.Types.DOUBLE,
            java.sql.Types.DOUBLE,
            java.sql.Types.DOUBLE,
            java.sql.Types.BOOLEAN
        });
        phases.mark("links");
        unitShares.write(jdbc, ids, geometries, communeShares, replace);
        phases.mark("memberships and unit figures");
        // Along a curve over the ground: each chunk of candidate pairs then asks the spatial index about one area.
        alerts.update(jdbc, SpatialOrder.of(ids, geometries), !replace);
        phases.mark("screening and overlaps");
        phases.done();
        return results;
    }

    /**
     * Before stored projects are deleted: their share of the kept overlap counts out, and their memberships out with
     * the investment of their units computed again. Their links, screening and pairs go with them (ON DELETE
     * CASCADE); {@link #deleted} then brings the kept counts to the new number of projects.
     */
    void unlink(JdbcTemplate jdbc, List<Integer> ids) {
        alerts.beforeReplace(jdbc, ids);
        unitShares.remove(jdbc, ids);
    }

    /** After {@code count} projects unlinked by {@link #unlink} were deleted. */
    void deleted(JdbcTemplate jdbc, int count) {
        alerts.counts().add(jdbc, List.of(), -count);
    }

    /**
     * Links again the stored projects a query selects ({@code id}, WKB geometry; its last two parameters are the
     * first and last id of a chunk); returns how many. For seeds that bring stored projects up to date (no link
     * yet, or linked on older commune geometry). Reads {@value #CHUNK} ids at a time, so memory stays bounded
     * however many projects there are.
     */
    public int linkStored(JdbcTemplate jdbc, String selectIdAndGeometry) {
        return linkStored(jdbc, selectIdAndGeometry, CHUNK);
    }

    int linkStored(JdbcTemplate jdbc, String selectIdAndGeometry, int chunk) {
        record Stored(int id, Geometry geometry) {}
        long[] range = jdbc.queryForObject(sql.get(InvestmentLinker.class, "select-project-id-range"), (rs, i) ->
                new long[] {rs.getLong(1), rs.wasNull() ? -1 : rs.getLong(2)});
        int linked = 0;
        for (long from = range[0]; range[1] >= 0 && from <= range[1]; from += chunk) {
            List<Stored> stored = jdbc.query(
                    selectIdAndGeometry,
                    (rs, i) -> new Stored(rs.getInt(1), Wkb.read(rs.getBytes(2))),
                    from,
                    from + chunk - 1);
            link(
                    jdbc,
                    stored.stream().map(Stored::id).toList(),
                    stored.stream().map(Stored::geometry).toList());
            linked += stored.size();
        }
        return linked;
    }

    /** The commune each project declares, for those that declare one. */
    private Map<Integer, String> declaredCommunes(JdbcTemplate jdbc, List<Integer> ids) {
        Map<Integer, String> out = new HashMap<>();
        for (List<Integer> chunk : IdArrays.chunks(ids)) {
            jdbc.query(
                    sql.get(InvestmentLinker.class, "select-declared-communes"),
                    rs -> {
                        out.put(rs.getInt(1), rs.getString(2));
                    },
                    new SqlArrayValue("integer", chunk.toArray()));
        }
        return out;
    }

    /** The splitter over the stored communes, rebuilt when their number changes (e.g. national ones loaded). */
    private TerritorySplit split(JdbcTemplate jdbc) {
        Integer count = jdbc.queryForObject(sql.get(InvestmentLinker.class, "count-communes"), Integer.class);
        if (split == null || count == null || count != communes) {
            List<TerritorySplit.Unit> units = jdbc.query(
                    sql.get(InvestmentLinker.class, "select-communes-all"),
                    (rs, i) -> new TerritorySplit.Unit(rs.getString(1), Wkb.read(rs.getBytes(2))));
            split = new TerritorySplit(units, nearestCommuneM);
            communes = units.size();
        }
        return split;
    }
}

package cl.sit.territory;

import cl.sit.analysis.TerritorySplit;
import cl.sit.storage.Batches;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.Phases;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The one territory-membership model: each project's share in every unit it touches, in
 * {@code investment_unit_share} (see {@code V15__unit_membership.sql} for what a share is at each level). Written
 * with the project's commune shares (by {@code InvestmentLinker}, in the transaction that writes the project), when
 * a custom territory is created, and rebuilt once for databases older than the table. Every analysis joins that
 * table on {@code unidad = ?} (one unit) or {@code nivel = ?} (every unit of a level), never a per-level variant.
 */
@Component
public class UnitShares {

    private static final Logger log = LoggerFactory.getLogger(UnitShares.class);

    public static final String COMMUNE = "comuna";
    public static final String PROVINCE = "provincia";
    public static final String REGION = "region";
    public static final String CUSTOM = "personalizado";
    public static final String FORMER = "anterior";

    /** Projects read at once when rebuilding (ids in a range of this width). */
    private static final int REBUILD_CHUNK = 20_000;

    private final SqlFiles sql;
    private final UnitsInForce unitsInForce;
    private final UnitInvestment investment;

    UnitShares(SqlFiles sql, UnitsInForce unitsInForce, UnitInvestment investment) {
        this.sql = sql;
        this.unitsInForce = unitsInForce;
        this.investment = investment;
    }

    /**
     * Writes the memberships of projects from their commune shares (CUT to fraction of the whole project) and
     * geometries; the three lists go in parallel. {@code replace}: delete the projects' rows first (false only for
     * projects just inserted). The investment of every unit they belonged to or belong to now is computed again, or
     * for projects just inserted added to ({@link UnitInvestment}); their amounts and links must be written already.
     */
    public void write(
            JdbcTemplate jdbc,
            List<Integer> ids,
            List<Geometry> geometries,
            List<Map<String, Double>> communeShares,
            boolean replace) {
        Phases phases = Phases.start(log, "memberships of " + ids.size() + " projects");
        Units units = units(jdbc);
        Set<String> touched = new HashSet<>();
        if (replace) {
            touched.addAll(investment.unitsOf(jdbc, ids));
            jdbc.batchUpdate(
                    get("delete-unit-shares"),
                    ids.stream().map(id -> new Object[] {id}).toList());
        }
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            rows.addAll(units.rows(ids.get(i), geometries.get(i), communeShares.get(i)));
        }
        phases.mark("memberships");
        if (replace) {
            insert(jdbc, rows, investment.totals(jdbc, ids));
            phases.mark("memberships written");
            rows.forEach(row -> touched.add((String) row[0]));
            investment.refresh(jdbc, touched);
        } else {
            Map<Integer, UnitAdditions.Project> figures = investment.figures(jdbc, ids);
            phases.mark("amounts read");
            Map<Integer, long[]> totals = new HashMap<>();
            figures.forEach((id, project) -> totals.put(id, project.totals()));
            insert(jdbc, rows, totals);
            phases.mark("memberships written");
            UnitAdditions additions = new UnitAdditions();
            for (Object[] row : rows) {
                additions.add((String) row[0], (String) row[2], (double) row[3], figures.get((Integer) row[1]));
            }
            phases.mark("additions summed");
            investment.add(jdbc, additions, phases);
        }
        phases.done();
    }

    /** Removes the memberships of projects about to be deleted and computes again the investment of their units. */
    public void remove(JdbcTemplate jdbc, List<Integer> ids) {
        Set<String> touched = investment.unitsOf(jdbc, ids);
        jdbc.batchUpdate(
                get("delete-unit-shares"),
                ids.stream().map(id -> new Object[] {id}).toList());
        investment.refresh(jdbc, touched);
    }

    /** A query answering whether memberships exist without their per-unit investment (schema V20 not filled). */
    String missingInvestment() {
        return get("select-investment-missing");
    }

    /** Whether the investment kept for all these units is current ({@link UnitInvestment#current}). */
    public boolean investmentCurrent(JdbcTemplate jdbc, List<String> units) {
        return investment.current(jdbc, units);
    }

    /** Removes the shares of every illustrative (generated) project, in the caller's transaction. */
    public void removeIllustrative(JdbcTemplate jdbc) {
        jdbc.update(get("delete-illustrative-unit-shares"));
    }

    /** Computes again the investment of every unit (after memberships were removed in bulk). */
    public void refreshInvestment(JdbcTemplate jdbc) {
        investment.refreshAll(jdbc);
    }

    /** Writes every project's memberships again from the stored commune shares; returns the rows written. */
    public int rebuild(JdbcTemplate jdbc) {
        Units units = units(jdbc);
        jdbc.update(get("delete-all-unit-shares"));
        long[] range = jdbc.queryForObject(get("select-project-id-range"), (rs, i) ->
                new long[] {rs.getLong(1), rs.wasNull() ? -1 : rs.getLong(2)});
        int written = 0;
        for (long from = range[0]; range[1] >= 0 && from <= range[1]; from += REBUILD_CHUNK) {
            long to = from + REBUILD_CHUNK - 1;
            Map<Integer, Map<String, Double>> shares = new TreeMap<>();
            jdbc.query(
                    get("select-stored-shares"),
                    rs -> {
                        shares.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
                                .put(rs.getString(2), rs.getDouble(3));
                    },
                    from,
                    to);
            Map<Integer, Geometry> geometries = new HashMap<>();
            if (!units.zones().isEmpty()) {
                jdbc.query(
                        get("select-project-geometries"),
                        rs -> {
                            geometries.put(rs.getInt(1), Wkb.read(rs.getBytes(2)));
                        },
                        from,
                        to);
            }
            List<Object[]> rows = new ArrayList<>();
            Set<Integer> ids = new TreeSet<>(shares.keySet());
            ids.addAll(geometries.keySet());
            for (int id : ids) {
                rows.addAll(units.rows(id, geometries.get(id), shares.getOrDefault(id, Map.of())));
            }
            insert(jdbc, rows);
            written += rows.size();
        }
        investment.refreshAll(jdbc);
        return written;
    }

    /** Writes the memberships of every stored project in a custom territory just created. */
    public void addCustom(JdbcTemplate jdbc, String code) {
        jdbc.update(get("delete-unit-shares-of-unit"), code);
        Units all = units(jdbc);
        Units one = new Units(
                filter(all.sets(), code),
                all.zones().stream().filter(z -> z.code().equals(code)).toList(),
                Map.of(),
                false);
        List<Object[]> rows = new ArrayList<>();
        if (!one.sets().isEmpty()) {
            Map<Integer, Map<String, Double>> shares = new TreeMap<>();
            jdbc.query(
                    get("select-shares-in-set"),
                    rs -> {
                        shares.computeIfAbsent(rs.getInt(1), k -> new HashMap<>())
                                .put(rs.getString(2), rs.getDouble(3));
                    },
                    code);
            shares.forEach((id, s) -> rows.addAll(one.rows(id, null, s)));
        }
        for (Zone zone : one.zones()) {
            Envelope box = zone.box();
            jdbc.query(
                    get("select-projects-in-box"),
                    rs -> {
                        rows.addAll(one.rows(rs.getInt(1), Wkb.read(rs.getBytes(2)), Map.of()));
                    },
                    box.getMinX(),
                    box.getMinY(),
                    box.getMaxX(),
                    box.getMaxY());
        }
        insert(jdbc, rows);
        investment.refresh(jdbc, List.of(code));
    }

    /**
     * Inserts membership rows (unidad, project_id, nivel, share) with the project's amounts over all years times
     * the share.
     */
    private void insert(JdbcTemplate jdbc, List<Object[]> rows) {
        insert(
                jdbc,
                rows,
                investment.totals(
                        jdbc, rows.stream().map(row -> (Integer) row[1]).collect(Collectors.toSet())));
    }

    /** {@link #insert(JdbcTemplate, List)} with the projects' totals known (programmed, spent; absent: none). */
    private void insert(JdbcTemplate jdbc, List<Object[]> rows, Map<Integer, long[]> totals) {
        // By unit, then project: a unit's new rows land together in each of the table's indexes (all but one begin
        // with the unit), so H2 reads each index page once per batch, not once per row; in project order, a
        // national batch missed H2's page cache on nearly every row of the two ranking indexes.
        List<Object[]> sorted = new ArrayList<>(rows);
        sorted.sort(Comparator.comparing((Object[] row) -> (String) row[0]).thenComparing(row -> (Integer) row[1]));
        Batches.update(jdbc, get("insert-unit-share"), sorted.size(), i -> {
            Object[] row = sorted.get(i);
            long[] total = totals.getOrDefault((Integer) row[1], new long[2]);
            double share = (double) row[3];
            return new Object[] {row[0], row[1], row[2], share, share * total[0], share * total[1]};
        });
    }

    private Units units(JdbcTemplate jdbc) {
        Map<String, Set<String>> sets = new TreeMap<>();
        jdbc.query(get("select-custom-sets"), rs -> {
            sets.computeIfAbsent(rs.getString(1), k -> new HashSet<>()).add(rs.getString(2));
        });
        List<Zone> zones =
                jdbc.query(get("select-custom-zones"), (rs, i) -> Zone.of(rs.getString(1), Wkb.read(rs.getBytes(2))));
        Map<String, Set<String>> former = new TreeMap<>();
        for (LocalDate end : jdbc.queryForList(get("select-former-ends"), LocalDate.class)) {
            unitsInForce.at(end.minusDays(1)).stream()
                    .filter(UnitAt::former)
                    .forEach(u -> former.put(u.id(), Set.copyOf(u.communes())));
        }
        return new Units(sets, zones, former, true);
    }

    private static Map<String, Set<String>> filter(Map<String, Set<String>> sets, String code) {
        return sets.entrySet().stream()
                .filter(e -> e.getKey().equals(code))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private String get(String name) {
        return sql.get(UnitShares.class, name);
    }

    /** A drawn zone: its code and a splitter with the zone as its only unit (nothing goes to a nearest unit). */
    private record Zone(String code, TerritorySplit split, Envelope box) {

        static Zone of(String code, Geometry zone) {
            return new Zone(
                    code,
                    new TerritorySplit(List.of(new TerritorySplit.Unit(code, zone)), 0),
                    zone.getEnvelopeInternal());
        }

        double share(Geometry project) {
            if (project == null || !box.intersects(project.getEnvelopeInternal())) {
                return 0;
            }
            return split.split(project).shares().stream()
                    .filter(s -> s.method() != TerritorySplit.Method.NEAREST)
                    .mapToDouble(TerritorySplit.Share::share)
                    .sum();
        }
    }

    /**
     * The units a project can belong to besides communes.
     *
     * @param administrative whether to write the commune, province and region rows (false when adding one
     *     custom territory)
     */
    private record Units(
            Map<String, Set<String>> sets, List<Zone> zones, Map<String, Set<String>> former, boolean administrative) {

        /** The rows (unidad, project_id, nivel, share) of one project. */
        List<Object[]> rows(int id, Geometry geometry, Map<String, Double> communes) {
            Map<String, Object[]> out = new LinkedHashMap<>();
            if (administrative) {
                communes.forEach((cut, share) -> {
                    add(out, id, cut, COMMUNE, share);
                    if (cut.length() == 5) {
                        add(out, id, cut.substring(0, 3), PROVINCE, share);
                        add(out, id, cut.substring(0, 2), REGION, share);
                    }
                });
            }
            sets.forEach((code, members) -> communes.forEach((cut, share) -> {
                if (members.contains(cut)) {
                    add(out, id, code, CUSTOM, share);
                }
            }));
            former.forEach((code, members) -> communes.forEach((cut, share) -> {
                if (members.contains(cut)) {
                    add(out, id, code, FORMER, share);
                }
            }));
            for (Zone zone : zones) {
                add(out, id, zone.code(), CUSTOM, zone.share(geometry));
            }
            out.values().forEach(row -> row[3] = Math.min(1.0, (double) row[3]));
            return new ArrayList<>(out.values());
        }

        private static void add(Map<String, Object[]> out, int id, String unit, String level, double share) {
            if (share <= 0) {
                return;
            }
            Object[] row = out.computeIfAbsent(unit, u -> new Object[] {u, id, level, 0.0});
            row[3] = (double) row[3] + share;
        }
    }
}

package cl.sit.investment;

import cl.sit.analysis.ProgrammeOverlap.Reason;
import cl.sit.storage.IdArrays;
import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * The stored overlap pairs counted per unit and strongest reason ({@code investment_unit_overlap}, V26), kept as
 * projects are written so that the counts of an overlap page are a few rows, not every pair of a region joined to
 * its memberships. A pair counts once in each unit either of its projects has a share in.
 *
 * <p>Kept by difference: before projects' memberships and pairs are replaced, what their pairs contribute is
 * subtracted ({@link #subtract}); after, what they contribute now is added ({@link #add}). Pairs of other projects
 * keep their memberships, so nothing else changes. Each unit's header (reason -1) records its memberships (number and
 * sum of project ids) the counts agree with, unit {@value #EVERY} the number of projects: a reader uses the counts
 * only while both still hold ({@link #current}), so projects deleted by hand or a custom territory drawn since send
 * it back to counting the pairs. {@link #rebuild} counts everything again.
 */
final class UnitOverlapCounts {

    /** The unit that stands for every pair. */
    static final String EVERY = "";

    static final int HEADER = -1;
    private static final int REASONS = Reason.values().length;
    /** Project ids read at once when counting everything. */
    private static final int RANGE = 50_000;

    private final SqlFiles sql;

    UnitOverlapCounts(SqlFiles sql) {
        this.sql = sql;
    }

    /**
     * Kept counts per reason.
     *
     * @param unit the unit's pairs
     * @param every every pair
     */
    record Kept(Map<Reason, Long> unit, Map<Reason, Long> every) {}

    /** The unit's kept counts with those of every pair, if they are current ({@link #EVERY}: every pair), else null. */
    Kept current(JdbcTemplate jdbc, String unit) {
        Map<String, Map<Reason, Long>> out = new HashMap<>();
        jdbc.query(
                sql.get(UnitOverlapCounts.class, "select-unit-overlap-counts"),
                rs -> {
                    Map<Reason, Long> counts = out.computeIfAbsent(rs.getString(1), u -> new EnumMap<>(Reason.class));
                    int reason = rs.getInt(2);
                    if (reason != HEADER && reason < REASONS) {
                        counts.put(Reason.values()[reason], rs.getLong(3));
                    }
                },
                unit);
        return out.containsKey(unit) && out.containsKey(EVERY) ? new Kept(out.get(unit), out.get(EVERY)) : null;
    }

    /** Subtracts what the pairs of these projects contribute, before their memberships and pairs are replaced. */
    void subtract(JdbcTemplate jdbc, List<Integer> ids) {
        apply(jdbc, tally(jdbc, ids), -1);
    }

    /**
     * Adds what the pairs of these projects (just written, {@code inserted} of them new; negative: that many removed)
     * contribute now, if the kept counts agreed with the database before the write; else leaves them disagreeing (a
     * reader counts the pairs).
     */
    void add(JdbcTemplate jdbc, List<Integer> ids, int inserted) {
        long[] projects = projects(jdbc);
        if (projects[0] < 0 || projects[0] + inserted != projects[1]) {
            return;
        }
        apply(jdbc, tally(jdbc, ids), 1);
        jdbc.update(sql.get(UnitOverlapCounts.class, "update-unit-overlap-projects"), projects[1]);
    }

    /** Whether the kept counts disagree with the number of projects (or were never counted). */
    boolean stale(JdbcTemplate jdbc) {
        long[] projects = projects(jdbc);
        return projects[0] != projects[1];
    }

    /** The number of projects the kept counts agree with (-1: never counted), and the number now. */
    private long[] projects(JdbcTemplate jdbc) {
        return jdbc.queryForObject(sql.get(UnitOverlapCounts.class, "select-unit-overlap-projects"), (rs, i) -> {
            long kept = rs.getLong(1);
            return new long[] {rs.wasNull() ? -1 : kept, rs.getLong(2)};
        });
    }

    /** Counts every stored pair again; returns the number of units counted. */
    int rebuild(JdbcTemplate jdbc) {
        jdbc.update(sql.get(UnitOverlapCounts.class, "delete-unit-overlap"));
        long[] range = jdbc.queryForObject(sql.get(InvestmentLinker.class, "select-project-id-range"), (rs, i) ->
                new long[] {rs.getLong(1), rs.wasNull() ? -1 : rs.getLong(2)});
        Tally tally = new Tally();
        if (range[1] >= 0) {
            Memberships memberships = Memberships.read(jdbc, sql, tally, range[0], range[1]);
            memberships.headers(tally);
            for (long from = range[0]; from <= range[1]; from += RANGE) {
                jdbc.query(
                        sql.get(UnitOverlapCounts.class, "select-pairs-in-range"),
                        rs -> {
                            memberships.pair(tally, rs.getInt(1), rs.getInt(2), rs.getInt(3));
                        },
                        from,
                        from + RANGE - 1);
            }
        }
        tally.projects = projects(jdbc)[1];
        apply(jdbc, tally, 1);
        return tally.units.size();
    }

    /** What the pairs of {@code ids} and their memberships contribute now. */
    private Tally tally(JdbcTemplate jdbc, List<Integer> ids) {
        Map<Long, Integer> pairs = new HashMap<>();
        for (List<Integer> chunk : IdArrays.chunks(ids)) {
            for (String side : new String[] {"a", "b"}) {
                jdbc.query(
                        sql.get(UnitOverlapCounts.class, "select-pairs-of-" + side),
                        rs -> {
                            pairs.put((long) rs.getInt(1) << 32 | rs.getInt(2), rs.getInt(3));
                        },
                        new SqlArrayValue("integer", chunk.toArray()));
            }
        }
        Set<Integer> involved = new HashSet<>(ids);
        pairs.keySet().forEach(k -> {
            involved.add((int) (k >>> 32));
            involved.add((int) (long) k);
        });
        Tally tally = new Tally();
        Map<Integer, int[]> units = new HashMap<>();
        for (List<Integer> chunk : IdArrays.chunks(new ArrayList<>(involved))) {
            jdbc.query(
                    sql.get(UnitOverlapCounts.class, "select-memberships-of"),
                    rs -> {
                        int unit = tally.unit(rs.getString(2));
                        units.merge(rs.getInt(1), new int[] {unit}, UnitOverlapCounts::concat);
                    },
                    new SqlArrayValue("integer", chunk.toArray()));
        }
        for (Integer id : new HashSet<>(ids)) {
            for (int unit : units.getOrDefault(id, new int[0])) {
                tally.member(unit, id);
            }
        }
        int[] none = new int[0];
        pairs.forEach((k, reason) -> {
            int[] a = units.getOrDefault((int) (k >>> 32), none);
            int[] b = units.getOrDefault((int) (long) k, none);
            tally.pair(a, 0, a.length, b, 0, b.length, reason);
        });
        return tally;
    }

    private void apply(JdbcTemplate jdbc, Tally tally, int sign) {
        List<Object[]> rows = new ArrayList<>();
        tally.rows(sign, rows);
        for (int from = 0; from < rows.size(); from += InvestmentWriter.BATCH) {
            jdbc.batchUpdate(
                    sql.get(UnitOverlapCounts.class, "merge-unit-overlap"),
                    rows.subList(from, Math.min(rows.size(), from + InvestmentWriter.BATCH)));
        }
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /**
     * Counts per unit (numbered as met): pairs per reason, then the header's memberships and sum of ids; unit
     * {@value #EVERY} apart, its header holding the number of projects.
     */
    private static final class Tally {

        final Map<String, Integer> numbers = new HashMap<>();
        final List<String> units = new ArrayList<>();
        final List<long[]> counts = new ArrayList<>();
        final long[] every = new long[REASONS + 2];
        /** The number of projects, for the header of the unit of every pair; none when counting a difference. */
        Long projects;

        int unit(String code) {
            return numbers.computeIfAbsent(code, c -> {
                units.add(c);
                counts.add(new long[REASONS + 2]);
                return units.size() - 1;
            });
        }

        void member(int unit, long id) {
            long[] c = counts.get(unit);
            c[REASONS]++;
            c[REASONS + 1] += id;
        }

        /**
         * A pair counts once in each unit of either project: the units of a are {@code a[fromA..toA)}, those of b
         * {@code b[fromB..toB)} (ranges, so that a recount of millions of pairs copies no array).
         */
        void pair(int[] a, int fromA, int toA, int[] b, int fromB, int toB, int reason) {
            every[reason]++;
            for (int i = fromA; i < toA; i++) {
                counts.get(a[i])[reason]++;
            }
            for (int j = fromB; j < toB; j++) {
                if (!contains(a, fromA, toA, b[j])) {
                    counts.get(b[j])[reason]++;
                }
            }
        }

        private static boolean contains(int[] units, int from, int to, int u) {
            for (int i = from; i < to; i++) {
                if (units[i] == u) {
                    return true;
                }
            }
            return false;
        }

        /** The merge rows (unit, reason, pairs, sum of ids), times {@code sign}. */
        void rows(int sign, List<Object[]> out) {
            for (int u = 0; u < units.size(); u++) {
                rows(units.get(u), counts.get(u), sign, out);
            }
            if (projects != null) {
                out.add(new Object[] {EVERY, HEADER, projects, 0L});
            }
            rows(EVERY, every, sign, out);
        }

        private static void rows(String unit, long[] c, int sign, List<Object[]> out) {
            if (!unit.equals(EVERY)) {
                out.add(new Object[] {unit, HEADER, sign * c[REASONS], sign * c[REASONS + 1]});
            }
            for (int r = 0; r < REASONS; r++) {
                if (c[r] != 0) {
                    out.add(new Object[] {unit, r, sign * c[r], 0L});
                }
            }
        }
    }

    /**
     * Every project's units, numbered in a {@link Tally}: one array of units in project order and the offset of each
     * project's (about 5,000,000 memberships at 1,000,000 projects: 24 MB).
     */
    private record Memberships(long first, int[] offsets, int[] units) {

        static Memberships read(JdbcTemplate jdbc, SqlFiles sql, Tally tally, long first, long last) {
            int n = (int) (last - first + 1);
            int[] perProject = new int[n];
            int[][] units = {new int[1 << 16]};
            int[] size = {0};
            List<int[]> rows = new ArrayList<>();
            for (long from = first; from <= last; from += RANGE) {
                rows.clear();
                jdbc.query(
                        sql.get(UnitOverlapCounts.class, "select-memberships-in-range"),
                        rs -> {
                            rows.add(new int[] {(int) (rs.getInt(1) - first), tally.unit(rs.getString(2))});
                        },
                        from,
                        Math.min(last, from + RANGE - 1));
                rows.sort((x, y) -> Integer.compare(x[0], y[0]));
                for (int[] r : rows) {
                    if (size[0] == units[0].length) {
                        units[0] = Arrays.copyOf(units[0], units[0].length * 2);
                    }
                    units[0][size[0]++] = r[1];
                    perProject[r[0]]++;
                }
            }
            int[] offsets = new int[n + 1];
            for (int i = 0; i < n; i++) {
                offsets[i + 1] = offsets[i] + perProject[i];
            }
            return new Memberships(first, offsets, Arrays.copyOf(units[0], size[0]));
        }

        /** Counts the pair of projects {@code a} and {@code b} in their units. */
        void pair(Tally tally, int a, int b, int reason) {
            int i = (int) (a - first);
            int j = (int) (b - first);
            boolean hasA = i >= 0 && i + 1 < offsets.length;
            boolean hasB = j >= 0 && j + 1 < offsets.length;
            tally.pair(
                    units,
                    hasA ? offsets[i] : 0,
                    hasA ? offsets[i + 1] : 0,
                    units,
                    hasB ? offsets[j] : 0,
                    hasB ? offsets[j + 1] : 0,
                    reason);
        }

        void headers(Tally tally) {
            for (int i = 0; i + 1 < offsets.length; i++) {
                for (int k = offsets[i]; k < offsets[i + 1]; k++) {
                    tally.member(units[k], first + i);
                }
            }
        }
    }
}

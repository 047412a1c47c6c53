package cl.sit.investment;

import cl.sit.analysis.ConservationScreen;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the stored conservation screening of projects ({@code investment_screening}): each protected area or
 * priority site a project lies in, or lies within the stored maximum distance of, one row each; the project's
 * strongest row (inside before near, then the nearest) is marked principal, which is what pages sort on. The areas
 * are reference layers; their index is built once and again only when their number changes.
 */
final class StoredScreening {

    private final SqlFiles sql;
    private final double maxM;
    private volatile ConservationScreen screen;
    private volatile int areas = -1;

    StoredScreening(SqlFiles sql, double maxM) {
        this.sql = sql;
        this.maxM = maxM;
    }

    /** Replaces the rows of these projects ({@code fresh}: they have none yet, nothing is deleted). */
    void replace(JdbcTemplate jdbc, List<ProjectCatalog.Project> projects, boolean fresh) {
        if (!fresh) {
            jdbc.batchUpdate(
                    sql.get(StoredScreening.class, "delete-screening-of"),
                    projects.stream().map(p -> new Object[] {p.id()}).toList());
        }
        insert(jdbc, projects);
    }

    /** Replaces every row by the screening of {@code projects} (all of them). */
    void replaceAll(JdbcTemplate jdbc, List<ProjectCatalog.Project> projects) {
        jdbc.update(sql.get(StoredScreening.class, "delete-screening-all"));
        insert(jdbc, projects);
    }

    private void insert(JdbcTemplate jdbc, List<ProjectCatalog.Project> projects) {
        ConservationScreen s = screen(jdbc);
        List<Object[]> rows = projects.parallelStream()
                .flatMap(p -> rows(p.id(), s.screen(p.geometry(), maxM)).stream())
                .toList();
        for (int from = 0; from < rows.size(); from += InvestmentWriter.BATCH) {
            jdbc.batchUpdate(
                    sql.get(StoredScreening.class, "insert-screening"),
                    rows.subList(from, Math.min(rows.size(), from + InvestmentWriter.BATCH)));
        }
    }

    /** The rows of one project: inside first (the first one principal), then near, nearest first. */
    private static List<Object[]> rows(int id, ConservationScreen.Result r) {
        List<Object[]> out = new ArrayList<>();
        for (ConservationScreen.Overlap o : r.inside()) {
            out.add(new Object[] {
                id, o.kind(), o.code(), o.name(), true, 0.0, o.areaHa(), o.lengthM(), out.isEmpty(), (short) 0
            });
        }
        for (ConservationScreen.Near n : r.near()) {
            out.add(new Object[] {
                id, n.kind(), n.code(), n.name(), false, n.distanceM(), 0.0, 0.0, out.isEmpty(), (short) 1
            });
        }
        return out;
    }

    /**
     * A fingerprint of the conservation areas (kind, code, name and geometry of each, in any order), exact in a
     * double: what the stored rows were computed against.
     */
    double areasFingerprint(JdbcTemplate jdbc) {
        long[] sum = {0, 0};
        jdbc.query(sql.get(StoredScreening.class, "select-conservation-areas"), rs -> {
            CRC32C crc = new CRC32C();
            for (int column = 1; column <= 3; column++) {
                crc.update(String.valueOf(rs.getString(column)).getBytes(StandardCharsets.UTF_8));
                crc.update(0);
            }
            crc.update(rs.getBytes(4));
            sum[0] += crc.getValue();
            sum[1]++;
        });
        return (sum[0] * 1_000_003 + sum[1]) & ((1L << 52) - 1);
    }

    private ConservationScreen screen(JdbcTemplate jdbc) {
        Integer count = jdbc.queryForObject(sql.get(StoredScreening.class, "count-conservation-areas"), Integer.class);
        if (screen == null || count == null || count != areas) {
            screen = new ConservationScreen(jdbc.query(
                    sql.get(StoredScreening.class, "select-conservation-areas"),
                    (rs, i) -> new ConservationScreen.Area(
                            rs.getString(1), rs.getString(2), rs.getString(3), Wkb.read(rs.getBytes(4)))));
            areas = count == null ? -1 : count;
        }
        return screen;
    }
}

package cl.sit.indicators;

import cl.sit.storage.SqlFiles;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the investment dashboard from the commune shares ({@code investment_unit_share}, level comuna): groups of
 * one dimension under the filters of the others, the largest projects and the part outside every commune.
 */
@Component
class DashboardStore implements DashboardData {

    /** Investment (CLP, after commune shares) and distinct projects of one group. */
    record Group(String value, double clp, long projects) {}

    /** One of the largest projects; {@code monto_clp} is its investment in the range and communes filtered. */
    record Project(
            long id,
            @JsonProperty("codigo_bip") String bip,
            @JsonProperty("nombre") String name,
            @JsonProperty("programa") String programme,
            String sector,
            @JsonProperty("etapa") String stage,
            @JsonProperty("monto_clp") double clp) {}

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    DashboardStore(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    /**
     * The groups of {@code by} under every filter except its own; with {@code by} null, the one group
     * {@code total} under every filter. The year's own filter is the range, so its groups cover every year.
     */
    @Override
    public List<Group> groups(DashboardQuery q, DashboardDimension by) {
        Statement s = statement("dashboard-groups", q, by, by == null ? "'total'" : by.sql);
        return jdbc.query(
                s.sql, (rs, i) -> new Group(rs.getString(1), rs.getDouble(2), rs.getLong(3)), s.args.toArray());
    }

    /** The {@code limit} projects with the most investment under every filter. */
    @Override
    public List<Project> largest(DashboardQuery q) {
        if (q.limit() == 0) {
            return List.of();
        }
        Statement s = statement("dashboard-projects", q, null, null);
        s.args.add(q.limit());
        return jdbc.query(
                s.sql,
                (rs, i) -> new Project(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getDouble(7)),
                s.args.toArray());
    }

    /** Investment outside every commune and its projects, under every filter but the commune (never given). */
    @Override
    public Group outside(DashboardQuery q) {
        Statement s = statement("dashboard-outside", q, DashboardDimension.COMMUNE, null);
        return jdbc.queryForObject(s.sql, (rs, i) -> new Group(null, rs.getDouble(1), rs.getLong(2)), s.args.toArray());
    }

    /** Today's communes, code to name, by code. */
    @Override
    public Map<String, String> communes() {
        Map<String, String> out = new LinkedHashMap<>();
        jdbc.query(sql.get(DashboardStore.class, "dashboard-communes"), rs -> {
            out.put(rs.getString(1), rs.getString(2));
        });
        return out;
    }

    /** A statement and its bound values, in order. */
    private record Statement(String sql, List<Object> args) {}

    /**
     * The template with its whitelisted group, amount column and the conditions of every dimension but
     * {@code except}: one placeholder per value, the values bound.
     */
    private Statement statement(String name, DashboardQuery q, DashboardDimension except, String group) {
        List<Object> args = new ArrayList<>();
        boolean years = except != DashboardDimension.YEAR;
        args.add(years ? q.from() : 0);
        args.add(years ? q.to() : 9999);
        StringBuilder filters = new StringBuilder();
        for (DashboardDimension d : DashboardDimension.LISTS) {
            List<String> values = q.values(d);
            if (d == except || values.isEmpty()) {
                continue;
            }
            filters.append(" AND ")
                    .append(d.sql)
                    .append(" IN (")
                    .append(String.join(", ", java.util.Collections.nCopies(values.size(), "?")))
                    .append(')');
            args.addAll(values);
        }
        String text = sql.get(DashboardStore.class, name)
                .replace("{amount}", q.amountColumn())
                .replace("{filters}", filters);
        return new Statement(group == null ? text : text.replace("{group}", group), args);
    }
}

package cl.sit.profile;

import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/**
 * A unit's projects ranked by their amount in it over a period (the project's amounts of the period times its
 * share), from the amounts over all years kept on the memberships ({@code V20__unit_investment_summary.sql}).
 * Amounts are never negative, so a project's amount over all years bounds its amount in any period: candidates
 * are read largest bound first, a page at a time, their period amounts computed, and the reading stops once the
 * last place of the ranking beats the next bound. Only a handful of a region's 45,000 projects are read, where
 * ranking them all took 330 ms on PostgreSQL. Returns empty when {@value #MAX_PAGES} pages did not settle it (a
 * period far from the projects' years); the caller then ranks them all.
 */
@Component
class ProjectRanking {

    static final int PAGE = 256;
    static final int MAX_PAGES = 4;

    private record Ranked(int id, double share, double amount) {}

    private static final Comparator<Ranked> ORDER =
            Comparator.comparingDouble(Ranked::amount).reversed().thenComparingInt(Ranked::id);

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    ProjectRanking(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    Optional<List<TopProject>> top(ProfileUnit unit, ProfileQuery q, int limit) {
        int page = Math.max(PAGE, 2 * limit);
        TreeSet<Ranked> ranked = new TreeSet<>(ORDER);
        for (int n = 0; n < MAX_PAGES; n++) {
            List<Ranked> bounds = jdbc.query(
                    get("profile-rank-candidates", q),
                    (rs, i) -> new Ranked(rs.getInt(1), rs.getDouble(2), rs.getDouble(3)),
                    unit.code(),
                    page,
                    n * page);
            Map<Integer, Long> period = new HashMap<>();
            jdbc.query(
                    get("profile-period-amounts", q),
                    rs -> {
                        period.put(rs.getInt(1), rs.getLong(2));
                    },
                    new SqlArrayValue("integer", bounds.stream().map(Ranked::id).toArray()),
                    q.from(),
                    q.to());
            for (Ranked b : bounds) {
                Long clp = period.get(b.id());
                if (clp != null) {
                    ranked.add(new Ranked(b.id(), b.share(), b.share() * clp));
                }
            }
            while (ranked.size() > limit) {
                ranked.pollLast();
            }
            boolean allRead = bounds.size() < page;
            if (allRead
                    || ranked.size() == limit
                            && ranked.last().amount()
                                    > bounds.get(bounds.size() - 1).amount()) {
                return Optional.of(details(new ArrayList<>(ranked)));
            }
        }
        return Optional.empty();
    }

    private List<TopProject> details(List<Ranked> ranked) {
        if (ranked.isEmpty()) {
            return List.of();
        }
        Map<Integer, TopProject> byId = new HashMap<>();
        Map<Integer, Ranked> ranks = new HashMap<>();
        ranked.forEach(r -> ranks.put(r.id(), r));
        jdbc.query(
                get("profile-project-details", null),
                rs -> {
                    Ranked r = ranks.get(rs.getInt(1));
                    byId.put(
                            r.id(),
                            new TopProject(
                                    r.id(),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getInt(7),
                                    rs.getInt(8),
                                    rs.getLong(9),
                                    r.share(),
                                    r.amount(),
                                    rs.getBoolean(10),
                                    rs.getDouble(11)));
                },
                new SqlArrayValue("integer", ranked.stream().map(Ranked::id).toArray()));
        return ranked.stream().map(r -> byId.get(r.id())).toList();
    }

    private String get(String name, ProfileQuery q) {
        String text = sql.get(ProjectRanking.class, name);
        // The index of V20 on the column: investment_unit_share_programado_idx, investment_unit_share_ejecutado_idx.
        return q == null
                ? text
                : text.replace(
                                "{amount_index}",
                                "investment_unit_share_" + q.amountColumn().replace("_clp", "_idx"))
                        .replace("{amount}", q.amountColumn());
    }
}

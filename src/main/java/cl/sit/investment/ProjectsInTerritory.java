package cl.sit.investment;

import cl.sit.storage.SqlFiles;
import cl.sit.system.QueryParameters;
import cl.sit.territory.UnitCodes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * The territory filter of the stored screening and overlap pages: {@code territorio=} (or its older name
 * {@code comuna=}) names any unit — commune, province, region, custom territory, former unit — and the pages keep
 * the projects with a share in it (the membership model, {@code investment_unit_share}); per-commune counts keep
 * the unit's communes of today. This class and its two SQL fragments are the one place those pages meet the
 * territories.
 *
 * @param unit the unit's code, or null for no filter
 * @param communes the unit's communes of today (empty without a filter)
 */
public record ProjectsInTerritory(String unit, List<String> communes) {

    /** No filter. */
    public static final ProjectsInTerritory ALL = new ProjectsInTerritory(null, List.of());

    /** The filter the request names ({@link UnitCodes#fromQuery}): 400 for an unknown territory. */
    public static ProjectsInTerritory of(QueryParameters q, UnitCodes units) {
        String unit = units.fromQuery(q);
        return unit == null ? ALL : new ProjectsInTerritory(unit, units.communes(unit));
    }

    public boolean filtered() {
        return unit != null;
    }

    /** Whether commune {@code cut} is in the filter (any commune when there is none). */
    public boolean includes(String cut) {
        return !filtered() || communes.contains(cut);
    }

    /**
     * {@code statement} with {@code {in_territory}} replaced by the predicate "one of the projects of the columns
     * {@code projectColumns} (whitelisted SQL such as {@code s.project_id}) has a share in the unit", which binds
     * {@link #args()} once per column, and {@code {in_commune}} by "commune column {@code m.cut} is one of the unit's
     * communes", which binds {@link #communeArgs} once.
     */
    public String apply(SqlFiles sql, String statement, String... projectColumns) {
        return withFragment(sql, "projects-in-territory", statement, projectColumns);
    }

    /**
     * As {@link #apply} for one project column, the project looked up in the unit's memberships row by row: for a
     * statement over few rows against a large unit (the screening of a region: a set of its 45,000 projects built
     * for each statement cost H2 150 ms, the lookups 65 ms).
     */
    public String applyLookup(SqlFiles sql, String statement, String projectColumn) {
        return withFragment(sql, "project-in-territory", statement, projectColumn);
    }

    private String withFragment(SqlFiles sql, String fragmentName, String statement, String... projectColumns) {
        String inTerritory = "1 = 1";
        if (filtered()) {
            String fragment = fragment(sql, fragmentName);
            inTerritory = "("
                    + String.join(
                            " OR ",
                            Arrays.stream(projectColumns)
                                    .map(c -> fragment.replace("{project}", c))
                                    .toList())
                    + ")";
        }
        return statement
                .replace("{in_territory}", inTerritory)
                .replace("{in_commune}", filtered() ? fragment(sql, "commune-in-territory") : "1 = 1");
    }

    /**
     * {@code statement} reading the stored overlap pairs with a project in the unit (every pair without a filter):
     * with {@code throughProjects}, {@code {overlaps}} becomes the pairs read from the unit's projects through the
     * pair indexes (a commune: its own pairs only); else it stays {@code investment_overlap}, walked whole, and
     * {@code {pair_in_territory}} keeps a pair when one of its projects is in the unit (a region of 45,000
     * projects: one pass is faster than 90,000 index lookups). The statement binds {@link #pairArgs} first.
     */
    public String pairs(SqlFiles sql, String statement, boolean throughProjects) {
        String pairs = "investment_overlap";
        String predicate = "1 = 1";
        if (filtered() && throughProjects) {
            pairs = fragment(sql, "pairs-in-territory");
        } else if (filtered()) {
            predicate = apply(sql, "{in_territory}", "o.proyecto_a", "o.proyecto_b");
        }
        return statement.replace("{overlaps}", pairs).replace("{pair_in_territory}", predicate);
    }

    /** {@code first} after what {@link #pairs} binds (the unit three or two times; nothing without a filter). */
    public Object[] pairArgs(boolean throughProjects, Object... first) {
        List<Object> out = new ArrayList<>();
        if (filtered()) {
            out.addAll(throughProjects ? List.of(unit, unit, unit) : List.of(unit, unit));
        }
        out.addAll(List.of(first));
        return out.toArray();
    }

    /** A fragment without its comment lines (it lands in the middle of a statement). */
    private static String fragment(SqlFiles sql, String name) {
        return sql.get(ProjectsInTerritory.class, name)
                .lines()
                .filter(l -> !l.strip().startsWith("--"))
                .collect(Collectors.joining(" "));
    }

    /** The values the project predicate binds once (none without a filter). */
    public Object[] args() {
        return filtered() ? new Object[] {unit} : new Object[0];
    }

    /**
     * {@code first}, then {@link #args()} {@code times} times, then {@code last}: the arguments of a statement
     * {@link #apply} made with {@code times} project columns.
     */
    public Object[] args(int times, List<Object> first, Object... last) {
        List<Object> out = new ArrayList<>(first);
        for (int i = 0; i < times; i++) {
            out.addAll(List.of(args()));
        }
        out.addAll(List.of(last));
        return out.toArray();
    }

    /** {@code first}, then what the commune predicate binds (the array of communes; nothing without a filter). */
    public Object[] communeArgs(List<Object> first) {
        List<Object> out = new ArrayList<>(first);
        if (filtered()) {
            out.add(new SqlArrayValue("varchar", communes.toArray()));
        }
        return out.toArray();
    }
}

package cl.sit.investment;

import cl.sit.storage.SqlFiles;
import cl.sit.system.QueryParameters;
import java.util.Arrays;
import java.util.List;
import org.springframework.jdbc.support.SqlArrayValue;

/**
 * The territory filter of the stored screening and overlap pages ({@code comuna=14101} or a comma-separated list,
 * e.g. the communes of a province): the projects that touch one of the communes. This class and its two SQL
 * fragments are the one place those pages join the projects' communes (today {@code investment_territory}); a
 * territory-membership model replaces them here.
 *
 * @param communes CUT codes of the communes, or empty for no filter
 */
public record ProjectsInTerritory(List<String> communes) {

    /** Most communes one request may name (the country has 346). */
    public static final int MAX_COMMUNES = 400;

    /** No filter. */
    public static final ProjectsInTerritory ALL = new ProjectsInTerritory(List.of());

    /** The filter of parameter {@code name}: five-digit CUT codes separated by commas; 400 on anything else. */
    public static ProjectsInTerritory of(QueryParameters q, String name) {
        String v = q.text(name);
        if (v == null) {
            return ALL;
        }
        List<String> codes = Arrays.stream(v.split(",", -1)).map(String::strip).toList();
        if (codes.size() > MAX_COMMUNES || !codes.stream().allMatch(c -> c.matches("\\d{5}"))) {
            throw QueryParameters.invalid(name, "código CUT de 5 dígitos, o hasta " + MAX_COMMUNES
                    + " separados por comas");
        }
        return new ProjectsInTerritory(codes.stream().distinct().toList());
    }

    public boolean filtered() {
        return !communes.isEmpty();
    }

    /** Whether commune {@code cut} is in the filter (any commune when there is none). */
    public boolean includes(String cut) {
        return !filtered() || communes.contains(cut);
    }

    /**
     * {@code statement} with {@code {in_territory}} replaced by the predicate "one of the projects of the columns
     * {@code projectColumns} (whitelisted SQL such as {@code s.project_id}) touches the territory", which binds
     * {@link #args()} once per column, and {@code {in_commune}} by "commune column {@code m.cut} is in the
     * territory", which binds them once.
     */
    public String apply(SqlFiles sql, String statement, String... projectColumns) {
        String inTerritory = "1 = 1";
        if (filtered()) {
            String fragment = fragment(sql, "projects-in-territory");
            inTerritory = "(" + String.join(" OR ", java.util.Arrays.stream(projectColumns)
                    .map(c -> fragment.replace("{project}", c)).toList()) + ")";
        }
        return statement.replace("{in_territory}", inTerritory)
                .replace("{in_commune}", filtered() ? fragment(sql, "commune-in-territory") : "1 = 1");
    }

    /** A fragment without its comment lines (it lands in the middle of a statement). */
    private static String fragment(SqlFiles sql, String name) {
        return sql.get(ProjectsInTerritory.class, name).lines().filter(l -> !l.strip().startsWith("--"))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    /** The values the predicate binds once (none without a filter). */
    public Object[] args() {
        return filtered() ? new Object[] {new SqlArrayValue("varchar", communes.toArray())} : new Object[0];
    }

    /**
     * {@code first}, then {@link #args()} {@code times} times, then {@code last}: the arguments of a statement
     * {@link #apply} made with {@code times} project columns.
     */
    public Object[] args(int times, List<Object> first, Object... last) {
        List<Object> out = new java.util.ArrayList<>(first);
        for (int i = 0; i < times; i++) {
            out.addAll(List.of(args()));
        }
        out.addAll(List.of(last));
        return out.toArray();
    }
}

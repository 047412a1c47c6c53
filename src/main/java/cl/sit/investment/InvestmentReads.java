package cl.sit.investment;

import cl.sit.storage.SqlFiles;
import cl.sit.system.ChileanNumbers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.SqlArrayValue;
import org.springframework.stereotype.Component;

/** Read side of the investment links: a project's split and the reconciliation list. */
@Component
class InvestmentReads implements LinkReads {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;

    InvestmentReads(JdbcTemplate jdbc, SqlFiles sql) {
        this.jdbc = jdbc;
        this.sql = sql;
    }

    @Override
    public boolean exists(int id) {
        Integer n = jdbc.queryForObject(sql.get(InvestmentReads.class, "count-project"), Integer.class, id);
        return n != null && n > 0;
    }

    /** Whether the project is illustrative (generated), not real. */
    @Override
    public boolean illustrative(int id) {
        return Boolean.TRUE.equals(
                jdbc.queryForObject(sql.get(InvestmentReads.class, "select-project-illustrative"), Boolean.class, id));
    }

    /** The project's commune shares, then its share outside every commune when it has one (see TerritoryShare). */
    @Override
    public List<TerritoryShare> territories(int id) {
        List<TerritoryShare> out = new ArrayList<>(jdbc.query(
                sql.get(InvestmentReads.class, "select-project-territories"),
                (rs, i) -> new TerritoryShare(rs.getString(1), rs.getString(2), rs.getDouble(3), rs.getString(4)),
                id));
        jdbc.queryForList(sql.get(InvestmentReads.class, "select-project-outside"), Double.class, id).stream()
                .filter(share -> share > 0)
                .forEach(share -> out.add(TerritoryShare.outside(share)));
        return out;
    }

    /**
     * The project's shares in the units above its communes: region, provinces and custom territories (see
     * {@link UnitShare}).
     */
    @Override
    public List<UnitShare> units(int id) {
        return jdbc.query(
                sql.get(InvestmentReads.class, "select-project-units"),
                (rs, i) -> new UnitShare(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4)),
                id);
    }

    /**
     * The projects to clean, ordered by problem ({@link ReconciliationIssue#PROBLEMS}) then id.
     *
     * @param unit a unit code to keep only the projects with a share in it or declaring one of its communes, or null
     * @param communes the unit's communes of today (empty without a unit)
     */
    @Override
    public List<ReconciliationIssue> reconciliation(String unit, List<String> communes) {
        record Row(
                int id,
                String bip,
                String name,
                String declared,
                double outside,
                Double nearestM,
                String cut,
                double unassigned) {}
        Map<Integer, List<Row>> byProject = new LinkedHashMap<>();
        RowCallbackHandler read = rs -> {
            double outside = rs.getDouble(5);
            double nearest = rs.getDouble(6);
            Double nearestM = rs.wasNull() ? null : nearest;
            Row row = new Row(
                    rs.getInt(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getString(4),
                    outside,
                    nearestM,
                    rs.getString(7),
                    rs.getDouble(8));
            byProject.computeIfAbsent(row.id(), k -> new ArrayList<>()).add(row);
        };
        String statement = sql.get(InvestmentReads.class, "select-reconciliation");
        if (unit == null) {
            jdbc.query(statement.replace("{in_territory}", ""), read);
        } else {
            // The fragment without its comment lines: it lands in the middle of the statement.
            String territory = sql.get(InvestmentReads.class, "reconciliation-territory")
                    .lines()
                    .filter(l -> !l.startsWith("--"))
                    .collect(java.util.stream.Collectors.joining("\n"));
            jdbc.query(
                    statement.replace("{in_territory}", territory),
                    read,
                    unit,
                    new SqlArrayValue("varchar", communes.toArray()));
        }
        List<ReconciliationIssue> out = new ArrayList<>();
        byProject.forEach((id, rows) -> {
            Row first = rows.get(0);
            List<String> located =
                    rows.stream().map(Row::cut).filter(c -> c != null).toList();
            if (located.isEmpty() || first.nearestM() != null) {
                out.add(new ReconciliationIssue(
                        id,
                        first.bip(),
                        first.name(),
                        "fuera_de_comunas",
                        first.declared(),
                        located,
                        located.isEmpty()
                                ? "Fuera de toda comuna y lejos de ellas: sin comuna asignada"
                                : "Fuera de toda comuna; asignado a la más cercana, a "
                                        + ChileanNumbers.metres(first.nearestM())));
            } else if (first.outside() > ReconciliationIssue.PARTLY_OUTSIDE) {
                out.add(new ReconciliationIssue(
                        id,
                        first.bip(),
                        first.name(),
                        "parcialmente_fuera",
                        first.declared(),
                        located,
                        ChileanNumbers.percent(first.outside()) + " de la geometría queda fuera de toda "
                                + "comuna: esa parte del costo (" + ChileanNumbers.percent(first.unassigned())
                                + ") se informa como «fuera de comunas» y no se suma a ninguna comuna"));
            }
            if (first.declared() != null && !located.isEmpty() && !located.contains(first.declared())) {
                out.add(new ReconciliationIssue(
                        id,
                        first.bip(),
                        first.name(),
                        "comuna_distinta",
                        first.declared(),
                        located,
                        "La comuna declarada (" + first.declared() + ") no está entre las comunas donde se "
                                + "ubica el proyecto (" + String.join(", ", located) + ")"));
            }
        });
        out.sort(Comparator.comparingInt((ReconciliationIssue i) -> ReconciliationIssue.PROBLEMS.indexOf(i.problema()))
                .thenComparingInt(ReconciliationIssue::id));
        return out;
    }
}

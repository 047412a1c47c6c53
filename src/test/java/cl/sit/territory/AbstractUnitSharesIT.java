package cl.sit.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one membership model against the commune shares it is made of, on the seeded projects: every level sums the
 * right communes, former units sum today's communes they were made of, and rebuilding gives the rows written with
 * the projects.
 */
@SpringBootTest
abstract class AbstractUnitSharesIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UnitShares unitShares;

    @Autowired
    UnitsInForce unitsInForce;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    cl.sit.investment.InvestmentLinker linker;

    @Test
    void everyLevelIsTheSumOfItsCommunesShares() {
        Map<String, Double> communes = sums("SELECT project_id, cut, share FROM investment_territory");
        assertThat(communes).hasSizeGreaterThan(250);
        Map<String, Double> expected = new TreeMap<>();
        communes.forEach((key, share) -> {
            String[] k = key.split("/");
            expected.merge(k[0] + "/" + k[1] + "/comuna", share, Double::sum);
            expected.merge(k[0] + "/" + k[1].substring(0, 3) + "/provincia", share, Double::sum);
            expected.merge(k[0] + "/" + k[1].substring(0, 2) + "/region", share, Double::sum);
        });
        UnitAt valdivia = unitsInForce.former("105@..2007-10-02").orElseThrow();
        assertThat(valdivia.communes()).hasSize(12);
        communes.forEach((key, share) -> {
            String[] k = key.split("/");
            if (valdivia.communes().contains(k[1])) {
                expected.merge(k[0] + "/105@..2007-10-02/anterior", share, Double::sum);
            }
        });
        Map<String, Double> stored = sums("SELECT project_id, unidad || '/' || nivel, share FROM investment_unit_share "
                + "WHERE nivel <> 'personalizado' AND (nivel <> 'anterior' OR unidad = '105@..2007-10-02')");
        assertThat(stored.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, share) -> assertThat(stored.get(key)).as(key).isCloseTo(share, offset(1e-12)));
        // A project's shares in the units of one level never exceed the whole project.
        assertThat(jdbc.queryForObject(
                        "SELECT MAX(s) FROM (SELECT project_id, nivel, SUM(share) AS s "
                                + "FROM investment_unit_share WHERE nivel <> 'anterior' AND nivel <> 'personalizado' "
                                + "GROUP BY project_id, nivel) x",
                        Double.class))
                .isLessThanOrEqualTo(1.0 + 1e-9);
    }

    @Test
    void rebuildingWritesTheRowsTheProjectsGotWhenTheyWereLinked() {
        String all = "SELECT project_id, unidad || '/' || nivel, share FROM investment_unit_share";
        Map<String, Map<String, Double>> runs = transactions.execute(status -> {
            // Every project written again first, so the comparison does not depend on what other tests left.
            linker.linkStored(jdbc, "SELECT id, ST_AsBinary(geom) FROM investment_project WHERE id BETWEEN ? AND ?");
            Map<String, Double> linked = sums(all);
            unitShares.rebuild(jdbc);
            Map<String, Map<String, Double>> out = Map.of("linked", linked, "rebuilt", sums(all));
            status.setRollbackOnly();
            return out;
        });
        Map<String, Double> linked = runs.get("linked");
        Map<String, Double> rebuilt = runs.get("rebuilt");
        assertThat(linked).hasSizeGreaterThan(1000);
        assertThat(rebuilt.keySet()).isEqualTo(linked.keySet());
        linked.forEach((key, share) -> assertThat(rebuilt.get(key)).as(key).isCloseTo(share, offset(1e-12)));
    }

    /** Rows (project, unit, share) keyed by "project/unit". */
    private Map<String, Double> sums(String select) {
        Map<String, Double> out = new HashMap<>();
        for (Map<String, Object> row : jdbc.queryForList(select)) {
            List<Object> v = List.copyOf(row.values());
            out.merge(v.get(0) + "/" + v.get(1), ((Number) v.get(2)).doubleValue(), Double::sum);
        }
        return out;
    }
}

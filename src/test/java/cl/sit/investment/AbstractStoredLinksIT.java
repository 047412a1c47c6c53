package cl.sit.investment;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.storage.SqlFiles;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The upgrade path that links stored projects (seeds for databases older than the links or the commune coverage):
 * it reads the projects in chunks of ids and gives every one the links and memberships a write would have given.
 */
@SpringBootTest
abstract class AbstractStoredLinksIT {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InvestmentLinker linker;

    @Autowired
    SqlFiles sql;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void projectsWithoutLinksAreLinkedAgainChunkByChunkAsAWriteWouldLinkThem() {
        String shares = "SELECT project_id || '/' || cut || '/' || ROUND(share * 1000000) FROM investment_territory "
                + "ORDER BY 1";
        String units = "SELECT project_id || '/' || unidad || '/' || ROUND(share * 1000000) FROM investment_unit_share "
                + "ORDER BY 1";
        List<Integer> ids = jdbc.queryForList("SELECT id FROM investment_project WHERE MOD(id, 9) = 4", Integer.class);
        assertThat(ids).hasSizeGreaterThan(20);
        Map<String, Object> after = transactions.execute(status -> {
            // Every project written again first, so the comparison does not depend on what other tests left.
            linker.linkStored(jdbc, "SELECT id, ST_AsBinary(geom) FROM investment_project WHERE id BETWEEN ? AND ?");
            List<String> linkedShares = jdbc.queryForList(shares, String.class);
            List<String> linkedUnits = jdbc.queryForList(units, String.class);
            for (String table : List.of("investment_unit_share", "investment_territory", "investment_link")) {
                jdbc.update("DELETE FROM " + table + " WHERE MOD(project_id, 9) = 4");
            }
            // Chunks of 7 ids: many chunks, most of them holding no project to link.
            int linked =
                    linker.linkStored(jdbc, sql.get(LinkExistingProjects.class, "select-projects-without-link"), 7);
            Map<String, Object> out = Map.of(
                    "linked",
                    linked,
                    "shares",
                    jdbc.queryForList(shares, String.class),
                    "units",
                    jdbc.queryForList(units, String.class),
                    "linkedShares",
                    linkedShares,
                    "linkedUnits",
                    linkedUnits);
            status.setRollbackOnly();
            return out;
        });
        assertThat(after.get("linked")).isEqualTo(ids.size());
        assertThat(after.get("shares")).isEqualTo(after.get("linkedShares"));
        assertThat(after.get("units")).isEqualTo(after.get("linkedUnits"));
    }
}

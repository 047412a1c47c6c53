package cl.sit.investment;

import cl.sit.investment.InvestmentProject.YearAmount;
import cl.sit.seed.SeedDataset;
import cl.sit.storage.SqlFiles;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Brings projects stored before links and yearly amounts existed (schema V4) up to date, once per database:
 * spreads their cost over their years like the generator does, and links them to the communes they touch.
 * On a new database there is nothing to do.
 */
@Component
class LinkExistingProjects implements SeedDataset {

    private final SqlFiles sql;
    private final InvestmentLinker linker;

    LinkExistingProjects(SqlFiles sql, InvestmentLinker linker) {
        this.sql = sql;
        this.linker = linker;
    }

    @Override
    public String name() {
        return "enlace-proyectos-existentes";
    }

    @Override
    public String source() {
        return "SIT: montos anuales y enlace territorial de proyectos guardados antes de la versión 4 del esquema";
    }

    @Override
    public int order() {
        return 95;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        List<Object[]> amounts = new ArrayList<>();
        jdbc.query(sql.get(LinkExistingProjects.class, "select-projects-without-amounts"), rs -> {
            for (YearAmount a : InvestmentGenerator.amounts(
                    rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getString(5), rs.getString(6))) {
                amounts.add(new Object[] {rs.getInt(1), a.year(), a.programmedClp(), a.spentClp()});
            }
        });
        jdbc.batchUpdate(sql.get(InvestmentWriter.class, "insert-amount"), amounts);
        return linker.linkStored(jdbc, sql.get(LinkExistingProjects.class, "select-projects-without-link"));
    }
}

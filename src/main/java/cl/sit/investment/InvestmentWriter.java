package cl.sit.investment;

import cl.sit.investment.InvestmentProject.YearAmount;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes investment projects with their yearly amounts and links each one to the communes it touches, in the
 * caller's transaction.
 */
@Component
public class InvestmentWriter {

    private final SqlFiles sql;
    private final InvestmentLinker linker;

    InvestmentWriter(SqlFiles sql, InvestmentLinker linker) {
        this.sql = sql;
        this.linker = linker;
    }

    /** Inserts the projects and returns their new ids, in order. */
    public List<Integer> insert(JdbcTemplate jdbc, Collection<InvestmentProject> projects) {
        List<Integer> ids = new ArrayList<>(projects.size());
        List<Object[]> amounts = new ArrayList<>();
        for (InvestmentProject p : projects) {
            int id = insertOne(jdbc, p);
            ids.add(id);
            for (YearAmount a : p.amounts()) {
                amounts.add(new Object[] {id, a.year(), a.programmedClp(), a.spentClp()});
            }
        }
        jdbc.batchUpdate(sql.get(InvestmentWriter.class, "insert-amount"), amounts);
        int i = 0;
        for (InvestmentProject p : projects) {
            linker.link(jdbc, ids.get(i++), p.geometry());
        }
        return ids;
    }

    private int insertOne(JdbcTemplate jdbc, InvestmentProject p) {
        Object[] values = {p.bipCode(), p.name(), p.programme(), p.fundingSource(), p.sector(), p.stage(),
            p.institution(), p.strategicAxis(), p.totalCostClp(), p.startYear(), p.endYear(), p.declaredCommune(),
            p.dataSource(), p.illustrative(), Wkb.write(p.geometry())};
        String statement = sql.get(InvestmentWriter.class, "insert-project");
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement ps = connection.prepareStatement(statement, new String[] {"id"});
            for (int c = 0; c < values.length; c++) {
                ps.setObject(c + 1, values[c]);
            }
            return ps;
        }, key);
        return key.getKeyAs(Integer.class);
    }
}

package cl.sit.investment;

import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Writes investment projects to {@code investment_project}. */
@Component
public class InvestmentWriter {

    private final SqlFiles sql;

    InvestmentWriter(SqlFiles sql) {
        this.sql = sql;
    }

    public void insert(JdbcTemplate jdbc, Collection<InvestmentProject> projects) {
        List<Object[]> rows = new ArrayList<>(projects.size());
        for (InvestmentProject p : projects) {
            rows.add(new Object[] {p.bipCode(), p.name(), p.programme(), p.fundingSource(), p.sector(), p.stage(),
                p.institution(), p.strategicAxis(), p.totalCostClp(), p.startYear(), p.endYear(),
                p.declaredCommune(), p.dataSource(), p.illustrative(), Wkb.write(p.geometry())});
        }
        jdbc.batchUpdate(sql.get(InvestmentWriter.class, "insert-project"), rows);
    }
}

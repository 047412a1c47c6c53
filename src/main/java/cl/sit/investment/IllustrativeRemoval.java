package cl.sit.investment;

import cl.sit.layer.LayerGenerations;
import cl.sit.seed.Datasets;
import cl.sit.storage.SqlFiles;
import cl.sit.territory.UnitShares;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes every illustrative (generated) project with its amounts, commune shares and link status, in one
 * transaction, and raises the generation of the collection {@value InvestmentWriter#LAYER_ID}. The seed's row in
 * {@code dataset} stays (with 0 records, {@link Datasets#emptied}), so the seed loader, which loads a data set only when it has no row, does
 * not generate the projects again on the next start.
 */
@Component
class IllustrativeRemoval implements IllustrativeRemover {

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final LayerGenerations generations;
    private final ProjectHistory history;
    private final UnitShares unitShares;
    private final UnitOverlapCounts counts;
    private final Datasets datasets;

    IllustrativeRemoval(
            JdbcTemplate jdbc,
            SqlFiles sql,
            LayerGenerations generations,
            ProjectHistory history,
            UnitShares unitShares,
            StoredAlerts alerts,
            Datasets datasets) {
        this.datasets = datasets;
        this.counts = alerts.counts();
        this.history = history;
        this.unitShares = unitShares;
        this.jdbc = jdbc;
        this.sql = sql;
        this.generations = generations;
    }

    /** Removes them all, each with an entry "eliminado" by {@code username} in its history; returns how many. */
    @Transactional
    @Override
    public int removeAll(String username) {
        history.recordIllustrativeRemoval(username);
        counts.subtract(
                jdbc, jdbc.queryForList(sql.get(IllustrativeRemoval.class, "select-illustrative-ids"), Integer.class));
        for (String rows : new String[] {"amounts", "territories"}) {
            jdbc.update(sql.get(IllustrativeRemoval.class, "delete-illustrative-" + rows));
        }
        unitShares.removeIllustrative(jdbc);
        jdbc.update(sql.get(IllustrativeRemoval.class, "delete-illustrative-links"));
        int removed = jdbc.update(sql.get(IllustrativeRemoval.class, "delete-illustrative-projects"));
        unitShares.refreshInvestment(jdbc);
        counts.add(jdbc, List.of(), -removed);
        datasets.emptied(jdbc, IllustrativeInvestmentSeed.NAME);
        if (removed > 0) {
            generations.bump(InvestmentWriter.LAYER_ID);
        }
        return removed;
    }
}

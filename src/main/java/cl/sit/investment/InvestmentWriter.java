package cl.sit.investment;

import cl.sit.analysis.SpatialOrder;
import cl.sit.analysis.TerritorySplit;
import cl.sit.investment.InvestmentProject.YearAmount;
import cl.sit.layer.LayerGenerations;
import cl.sit.storage.Batches;
import cl.sit.storage.Dialect;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.Phases;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Geometry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

/**
 * Writes investment projects with their yearly amounts and links each one to the communes it touches, in the
 * caller's transaction, raising the generation of the collection {@value #LAYER_ID}.
 */
@Component
public class InvestmentWriter {

    private static final Logger log = LoggerFactory.getLogger(InvestmentWriter.class);

    /** Rows per JDBC batch. */
    static final int BATCH = 1000;

    /** The OGC API collection of the investment projects. */
    public static final String LAYER_ID = "proyectos-inversion";

    private final SqlFiles sql;
    private final InvestmentLinker linker;
    private final LayerGenerations generations;

    InvestmentWriter(SqlFiles sql, InvestmentLinker linker, LayerGenerations generations) {
        this.sql = sql;
        this.linker = linker;
        this.generations = generations;
    }

    /** Inserts the projects in batches, links them, and returns their new ids in order. */
    public List<Integer> insert(JdbcTemplate jdbc, Collection<InvestmentProject> projects) {
        return insertLinked(jdbc, projects).ids();
    }

    /** What {@link #insertLinked} wrote: the new ids and each project's split over the communes, in order. */
    record Written(List<Integer> ids, List<TerritorySplit.Result> links) {}

    /** Inserts and links the projects, returning the links too (an import warns about unlinked ones). */
    Written insertLinked(JdbcTemplate jdbc, Collection<InvestmentProject> projects) {
        generations.bump(LAYER_ID);
        Phases phases = Phases.start(log, "insert of " + projects.size() + " projects");
        List<InvestmentProject> list = List.copyOf(projects);
        // Written along a Hilbert curve: consecutive rows go to the same pages of the spatial index, where in file
        // order H2's R-tree read a page back for nearly every row of a national batch. Ids are returned by row.
        List<Integer> order = SpatialOrder.of(
                IntStream.range(0, list.size()).boxed().toList(),
                list.stream().map(InvestmentProject::geometry).toList());
        List<InvestmentProject> sorted = order.stream().map(list::get).toList();
        List<Integer> sortedIds = new ArrayList<>(list.size());
        for (int from = 0; from < sorted.size(); from += BATCH) {
            sortedIds.addAll(insertBatch(jdbc, sorted.subList(from, Math.min(sorted.size(), from + BATCH))));
        }
        Integer[] byRow = new Integer[list.size()];
        List<Object[]> amounts = new ArrayList<>();
        for (int k = 0; k < sorted.size(); k++) {
            byRow[order.get(k)] = sortedIds.get(k);
            for (YearAmount a : sorted.get(k).amounts()) {
                amounts.add(new Object[] {sortedIds.get(k), a.year(), a.programmedClp(), a.spentClp()});
            }
        }
        List<Integer> ids = List.of(byRow);
        phases.mark("projects");
        Batches.update(jdbc, sql.get(InvestmentWriter.class, "insert-amount"), amounts);
        phases.mark("amounts");
        phases.done();
        return new Written(
                ids,
                linker.linkNew(
                        jdbc,
                        ids,
                        list.stream().map(InvestmentProject::geometry).toList()));
    }

    /** Replaces the yearly amounts of project {@code id}. */
    static void replaceAmounts(JdbcTemplate jdbc, SqlFiles sql, int id, List<YearAmount> amounts) {
        jdbc.update(sql.get(ProjectEdit.class, "delete-amounts"), id);
        List<Object[]> rows = new ArrayList<>();
        for (YearAmount a : amounts) {
            rows.add(new Object[] {id, a.year(), a.programmedClp(), a.spentClp()});
        }
        jdbc.batchUpdate(sql.get(InvestmentWriter.class, "insert-amount"), rows);
    }

    /** Re-links projects whose geometry may have changed, raising the collection's generation. */
    List<TerritorySplit.Result> relink(JdbcTemplate jdbc, List<Integer> ids, List<Geometry> geometries) {
        generations.bump(LAYER_ID);
        return linker.link(jdbc, ids, geometries);
    }

    /**
     * Inserts a batch and returns its ids in order. On PostgreSQL the ids are taken from the identity's sequence
     * first and written with the rows, so the batch goes as multi-row inserts (PgJDBC sends a batch that asks for
     * generated keys one row at a time: 8 s per 100,000 projects); H2 returns the generated keys of a batch at no
     * such cost.
     */
    private List<Integer> insertBatch(JdbcTemplate jdbc, List<InvestmentProject> batch) {
        if (sql.dialect() == Dialect.POSTGIS) {
            List<Integer> ids = jdbc
                    .queryForList(sql.get(InvestmentWriter.class, "reserve-project-ids"), Integer.class, batch.size())
                    .stream()
                    .sorted()
                    .toList();
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (int i = 0; i < batch.size(); i++) {
                Object[] values = values(batch.get(i));
                Object[] row = new Object[values.length + 1];
                row[0] = ids.get(i);
                System.arraycopy(values, 0, row, 1, values.length);
                rows.add(row);
            }
            jdbc.batchUpdate(sql.get(InvestmentWriter.class, "insert-project-with-id"), rows);
            return ids;
        }
        String statement = sql.get(InvestmentWriter.class, "insert-project");
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.batchUpdate(
                connection -> connection.prepareStatement(statement, new String[] {"id"}),
                new BatchPreparedStatementSetter() {
                    @Override
                    public void setValues(PreparedStatement ps, int i) throws SQLException {
                        Object[] values = values(batch.get(i));
                        for (int c = 0; c < values.length; c++) {
                            ps.setObject(c + 1, values[c]);
                        }
                    }

                    @Override
                    public int getBatchSize() {
                        return batch.size();
                    }
                },
                keys);
        return keys.getKeyList().stream()
                .map(k -> ((Number) k.values().iterator().next()).intValue())
                .toList();
    }

    /** The values of {@code insert-project.sql}, in order. */
    private static Object[] values(InvestmentProject p) {
        return new Object[] {
            p.bipCode(),
            p.name(),
            p.programme(),
            p.fundingSource(),
            p.sector(),
            p.stage(),
            p.status(),
            p.institution(),
            p.strategicAxis(),
            p.totalCostClp(),
            p.startYear(),
            p.endYear(),
            p.declaredCommune(),
            p.dataSource(),
            p.illustrative(),
            Wkb.write(p.geometry())
        };
    }
}

package cl.sit.seed;

import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerRegistry;
import cl.sit.storage.SqlFiles;
import cl.sit.system.SitProperties;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the missing seed data sets at start, before the web server accepts requests (so a ready server
 * always has its data), and again those that say they are {@link SeedDataset#stale stale}. Each data set is
 * all-or-nothing.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);

    private final List<SeedDataset> datasets;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final SqlFiles sql;
    private final SitProperties properties;
    private final LayerRegistry registry;
    private final LayerGenerations generations;

    SeedLoader(
            List<SeedDataset> datasets,
            JdbcTemplate jdbc,
            TransactionTemplate tx,
            SqlFiles sql,
            SitProperties properties,
            LayerRegistry registry,
            LayerGenerations generations) {
        this.datasets = datasets.stream()
                .sorted(Comparator.comparingInt(SeedDataset::order))
                .toList();
        this.jdbc = jdbc;
        this.tx = tx;
        this.sql = sql;
        this.properties = properties;
        this.registry = registry;
        this.generations = generations;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!properties.seed().enabled()) {
            return;
        }
        SeedSettings settings = new SeedSettings(properties.seed().national());
        for (SeedDataset d : datasets) {
            if (d.wanted(settings)) {
                tx.executeWithoutResult(status -> loadIfMissing(d));
            }
        }
    }

    private void loadIfMissing(SeedDataset d) {
        Integer present = jdbc.queryForObject(sql.get(SeedLoader.class, "count-dataset"), Integer.class, d.name());
        if (present != null && present > 0) {
            if (!d.stale(jdbc)) {
                return;
            }
            jdbc.update(sql.get(SeedLoader.class, "delete-dataset"), d.name());
            log.info("Data set {} is out of date: loading it again", d.name());
        }
        long start = System.nanoTime();
        int records = d.load(jdbc);
        jdbc.update(sql.get(SeedLoader.class, "insert-dataset"), d.name(), d.source(), records);
        // A data set may feed several collections (communes feed provinces and regions): all change.
        generations.bumpAll(registry);
        log.info("Loaded data set {}: {} records in {} ms", d.name(), records, (System.nanoTime() - start) / 1_000_000);
    }
}

package cl.sit.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import cl.sit.layer.Layer;
import cl.sit.layer.LayerGenerations;
import cl.sit.layer.LayerRegistry;
import cl.sit.storage.Dialect;
import cl.sit.storage.SqlFiles;
import cl.sit.support.PostgisTestDatabase;
import cl.sit.support.RequiresPostgis;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The vector tile contract on PostGIS, {@code ST_AsMVT} ({@code SIT_TEST_POSTGIS_URL}; required in CI). */
@RequiresPostgis
class PostgisTilesIT extends AbstractTilesIT {

    @Autowired
    LayerRegistry registry;

    @Autowired
    TileStore tiles;

    @Autowired
    LayerGenerations generations;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        PostgisTestDatabase.register(registry);
    }

    /**
     * The test server runs without parallel plans, so the application's tiles take the one-statement path; a
     * session where parallel plans are on takes the transaction with {@code SET LOCAL}, and both give the same
     * bytes.
     */
    @Test
    void aSessionWithParallelPlansGetsTheSameTilesThroughSetLocal() {
        String url = PostgisTestDatabase.url() + "&options=-c%20max_parallel_workers_per_gather%3D2";
        SingleConnectionDataSource parallel = new SingleConnectionDataSource(url, true);
        try {
            JdbcTemplate jdbc = new JdbcTemplate(parallel);
            assertThat(jdbc.queryForObject("SHOW max_parallel_workers_per_gather", String.class))
                    .isEqualTo("2");
            PostgisTileStore store = new PostgisTileStore(
                    jdbc, new SqlFiles(Dialect.POSTGIS), generations, new DataSourceTransactionManager(parallel));
            for (String id : new String[] {"comunas", "proyectos-inversion"}) {
                Layer layer = registry.find(id).orElseThrow();
                TileCoordinates tile = TileCoordinates.parse("8", "75", "158");
                TileStore.Rendered expected = tiles.tile(layer, tile, null);
                assertThat(expected.mvt()).isNotEmpty();
                TileStore.Rendered rendered = store.tile(layer, tile, null);
                assertThat(rendered.mvt()).as(id).isEqualTo(expected.mvt());
                assertThat(rendered.generation())
                        .as(id)
                        .isEqualTo(generations.of(id))
                        .isNotEqualTo(LayerGenerations.Generation.NONE);
            }
            assertThat(jdbc.queryForObject("SHOW max_parallel_workers_per_gather", String.class))
                    .as("SET LOCAL ends with its transaction")
                    .isEqualTo("2");
        } finally {
            parallel.destroy();
        }
    }
}

package cl.sit.tiles;

import cl.sit.layer.FeatureStore;
import cl.sit.layer.LayerGenerations;
import cl.sit.storage.Dialect;
import cl.sit.storage.SqlFiles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/** Picks the tile renderer of the database: {@code ST_AsMVT} on PostGIS, the Java encoder on H2GIS. */
@Configuration(proxyBeanMethods = false)
class TileStores {

    @Bean
    TileStore tileStore(
            SqlFiles sql,
            JdbcTemplate jdbc,
            FeatureStore features,
            LayerGenerations generations,
            PlatformTransactionManager transactions) {
        return sql.dialect() == Dialect.POSTGIS
                ? new PostgisTileStore(jdbc, sql, generations, transactions)
                : new JavaTileStore(features, generations, jdbc, sql);
    }
}

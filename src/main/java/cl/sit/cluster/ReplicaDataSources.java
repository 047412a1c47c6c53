package cl.sit.cluster;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.Ordered;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.session.jdbc.config.annotation.SpringSessionDataSource;

/**
 * The data sources when {@code sit.db.replica-urls} names replicas: a pool on the primary (also Flyway's and the
 * session store's), one per replica (same user and password), and, as the application's {@code DataSource}, the
 * routing between them ({@link ReadRouting}). Each pool names itself to PostgreSQL as
 * {@code sit/<instance>/primary} or {@code sit/<instance>/replica-<n>} ({@code application_name}), so
 * {@code pg_stat_activity} shows who reads where.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${sit.db.replica-urls:}'.isBlank()")
class ReplicaDataSources {

    @Bean
    @FlywayDataSource
    @SpringSessionDataSource
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource primaryDataSource(DataSourceProperties properties, @Value("${sit.instance:}") String instance) {
        HikariDataSource pool = properties
                .initializeDataSourceBuilder()
                .type(HikariDataSource.class)
                .build();
        name(pool, instance, "primary");
        return pool;
    }

    @Bean
    ReplicaMonitor replicaMonitor(
            @Qualifier("primaryDataSource") HikariDataSource primary,
            DataSourceProperties properties,
            @Value("${sit.db.replica-urls}") String urls,
            @Value("${sit.instance:}") String instance,
            @Value("${sit.db.replica-max-lag:5s}") Duration maxLag,
            @Value("${sit.db.replica-check-every:500ms}") Duration every,
            MeterRegistry meters) {
        Map<String, DataSource> replicas = new LinkedHashMap<>();
        List<String> list = Arrays.stream(urls.split(","))
                .map(String::trim)
                .filter(u -> !u.isEmpty())
                .toList();
        for (int i = 0; i < list.size(); i++) {
            HikariDataSource pool = new HikariDataSource();
            pool.setJdbcUrl(list.get(i));
            pool.setUsername(properties.determineUsername());
            pool.setPassword(properties.determinePassword());
            pool.setReadOnly(true);
            // The primary's PostgreSQL settings (statement timeout, socket timeout: cl.sit.storage.DatabaseTimeouts).
            pool.getDataSourceProperties().putAll(primary.getDataSourceProperties());
            pool.setMaximumPoolSize(primary.getMaximumPoolSize());
            // A replica that is down must not hold up start-up: the pool opens its connections when asked.
            pool.setInitializationFailTimeout(-1);
            // A replica that stopped answers "no" fast, and the read goes to the primary (ReadRouting).
            pool.setConnectionTimeout(1000);
            name(pool, instance, "replica-" + (i + 1));
            replicas.put("replica-" + (i + 1), pool);
        }
        return new ReplicaMonitor(primary, replicas, maxLag, every, meters);
    }

    @Bean
    @Primary
    DataSource dataSource(
            @Qualifier("primaryDataSource") HikariDataSource primary, ReplicaMonitor monitor, MeterRegistry meters) {
        ReadRouting routing = new ReadRouting(monitor, meters);
        Map<Object, Object> targets = new HashMap<>();
        targets.put(ReadRouting.PRIMARY, primary);
        monitor.dataSources().forEach(targets::put);
        routing.setTargetDataSources(targets);
        routing.setDefaultTargetDataSource(primary);
        routing.afterPropertiesSet();
        return new LazyConnectionDataSourceProxy(routing);
    }

    @Bean
    FilterRegistrationBean<ReadYourWrites> readYourWrites(ReplicaMonitor monitor) {
        FilterRegistrationBean<ReadYourWrites> filter = new FilterRegistrationBean<>(new ReadYourWrites(monitor));
        // After the session filter (its session is the one in the database), before Spring Security's.
        filter.setOrder(Ordered.HIGHEST_PRECEDENCE + 60);
        return filter;
    }

    @Bean
    HealthIndicator replicas(ReplicaMonitor monitor) {
        // Reads fall back to the primary, so a replica that is down leaves the instance ready: the details say it.
        return () -> {
            Health.Builder health = Health.up();
            monitor.states()
                    .forEach((name, s) -> health.withDetail(
                            name,
                            s.healthy()
                                    ? Map.of("lecturas", "sí", "retrasoSegundos", s.lagSeconds())
                                    : Map.of("lecturas", "no, van al primario", "motivo", s.problem())));
            return health.build();
        };
    }

    private static void name(HikariDataSource pool, String instance, String role) {
        String who = instance == null || instance.isBlank() ? host() : instance;
        pool.setPoolName("sit-" + role);
        pool.addDataSourceProperty("ApplicationName", "sit/" + who + "/" + role);
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "sit";
        }
    }
}

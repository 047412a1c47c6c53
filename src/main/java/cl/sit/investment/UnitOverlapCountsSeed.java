package cl.sit.investment;

import cl.sit.seed.SeedDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Counts the stored overlap pairs per unit ({@link UnitOverlapCounts}) on a database older than the kept counts
 * (schema V26), and again whenever they disagree with the number of projects (projects deleted by hand). After the
 * memberships and the pairs themselves (order 97).
 */
@Component
class UnitOverlapCountsSeed implements SeedDataset {

    private final UnitOverlapCounts counts;

    UnitOverlapCountsSeed(StoredAlerts alerts) {
        this.counts = alerts.counts();
    }

    @Override
    public String name() {
        return "pares-por-unidad";
    }

    @Override
    public String source() {
        return "SIT: pares de proyectos superpuestos contados por unidad territorial y motivo";
    }

    @Override
    public int order() {
        return 98;
    }

    @Override
    public boolean stale(JdbcTemplate jdbc) {
        return counts.stale(jdbc);
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        return counts.stale(jdbc) ? counts.rebuild(jdbc) : 0;
    }
}

package cl.sit.investment;

import cl.sit.seed.SeedDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills the stored screening and overlap pairs of a database whose projects were written before they existed
 * (schema V16), and again whenever the configured distances change: the data set's name carries them, so a start
 * with new distances loads it anew. It is also stale, and loaded again, when the conservation areas the screening was
 * computed against have changed (a data set of protected areas or priority sites loaded or replaced after the
 * projects). Skips the work when the rows were already computed for these distances and areas (a new database
 * computes them as the seed projects are written).
 */
@Component
class StoreAlertsOfExistingProjects implements SeedDataset {

    private final StoredAlerts alerts;

    StoreAlertsOfExistingProjects(StoredAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public String name() {
        return "alertas-guardadas-" + metres(alerts.screeningMaxM()) + "-" + metres(alerts.overlapDistanceM())
                + "-reglas-" + metres(StoredAlerts.RULES_VERSION);
    }

    @Override
    public String source() {
        return "SIT: cribado de conservación hasta " + metres(alerts.screeningMaxM()) + " m y superposiciones a "
                + metres(alerts.overlapDistanceM()) + " m de los proyectos guardados";
    }

    @Override
    public int order() {
        return 97;
    }

    @Override
    public boolean stale(JdbcTemplate jdbc) {
        return !alerts.current(jdbc);
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        return alerts.current(jdbc) ? 0 : alerts.all(jdbc);
    }

    private static String metres(double m) {
        return m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m);
    }
}

package cl.sit.indicators;

/**
 * The dimensions of the investment dashboard: each is a filter and a breakdown, and maps to one whitelisted SQL
 * expression of {@code dashboard-*.sql}. The year is filtered by the range ({@code from}, {@code to}); the others by
 * lists of values.
 */
enum DashboardDimension {
    PROGRAMME("programa", "p.programa"),
    SECTOR("sector", "p.sector"),
    STAGE("etapa", "p.etapa"),
    YEAR("anio", "a.anio"),
    COMMUNE("comuna", "u.unidad");

    /** The query parameter and the key of the breakdown. */
    final String parameter;

    final String sql;

    DashboardDimension(String parameter, String sql) {
        this.parameter = parameter;
        this.sql = sql;
    }

    /** The dimensions filtered by a list of values (all but the year). */
    static final java.util.List<DashboardDimension> LISTS = java.util.List.of(PROGRAMME, SECTOR, STAGE, COMMUNE);
}

package cl.sit.territory;

import cl.sit.seed.SeedDataset;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Fills, once, the memberships of projects stored before {@code investment_unit_share} existed (schema V15), from
 * their stored commune shares. After the links are redone (order 96); on a new database every project already got
 * its memberships when it was linked, and this rewrites the same rows. Loaded again when the per-unit investment
 * kept with the memberships is missing (databases older than schema V20).
 */
@Component
class UnitSharesSeed implements SeedDataset {

    private final UnitShares unitShares;

    UnitSharesSeed(UnitShares unitShares) {
        this.unitShares = unitShares;
    }

    @Override
    public String name() {
        return "pertenencia-territorial";
    }

    @Override
    public String source() {
        return "SIT: participación de cada proyecto en cada unidad territorial (comuna, provincia, región, "
                + "territorio personalizado, unidad anterior)";
    }

    @Override
    public int order() {
        return 97;
    }

    /** Stale on a database older than the per-unit investment (schema V20): memberships without their summary. */
    @Override
    public boolean stale(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject(unitShares.missingInvestment(), Boolean.class));
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        return unitShares.rebuild(jdbc);
    }
}

package cl.sit.investment;

import cl.sit.seed.SeedDataset;
import cl.sit.storage.SqlFiles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Redoes, once, the links of projects linked before the communes became a gap-free coverage (the data set
 * {@code comunas-bcn-publicadas}, schema V10): they were split over BCN's polygons, which leave rivers and bays
 * out. On a new database every project is linked after the coverage exists and there is nothing to do.
 */
@Component
class RelinkOnCommuneCoverage implements SeedDataset {

    private final SqlFiles sql;
    private final InvestmentLinker linker;

    RelinkOnCommuneCoverage(SqlFiles sql, InvestmentLinker linker) {
        this.sql = sql;
        this.linker = linker;
    }

    @Override
    public String name() {
        return "reenlace-cobertura-comunal";
    }

    @Override
    public String source() {
        return "SIT: enlace territorial de los proyectos enlazados antes de la cobertura comunal sin vacíos";
    }

    @Override
    public int order() {
        return 96;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        return linker.linkStored(
                jdbc, sql.get(RelinkOnCommuneCoverage.class, "select-projects-linked-before-coverage"));
    }
}

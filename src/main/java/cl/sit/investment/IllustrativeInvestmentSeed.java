package cl.sit.investment;

import cl.sit.seed.SeedDataset;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.system.SitProperties;
import java.util.List;
import org.locationtech.jts.geom.Point;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The default illustrative investment projects of Los Ríos (about 300), generated over the stored communes
 * and urban centres of region 14. Not real data: every record says so.
 */
@Component
class IllustrativeInvestmentSeed implements SeedDataset {

    /** The data set's name in {@code dataset}. */
    static final String NAME = "proyectos-ilustrativos-los-rios";

    private static final String REGION_PREFIX = "14%";

    private final SqlFiles sql;
    private final InvestmentWriter writer;
    private final SitProperties properties;

    IllustrativeInvestmentSeed(SqlFiles sql, InvestmentWriter writer, SitProperties properties) {
        this.sql = sql;
        this.writer = writer;
        this.properties = properties;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String source() {
        return String.format(InvestmentGenerator.DATA_SOURCE, properties.seed().investmentSeed());
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public int load(JdbcTemplate jdbc) {
        List<InvestmentGenerator.Area> communes = jdbc.query(
                sql.get(getClass(), "select-communes"),
                (rs, i) -> new InvestmentGenerator.Area(rs.getString(1), rs.getString(2), Wkb.read(rs.getBytes(3))),
                REGION_PREFIX);
        List<InvestmentGenerator.Anchor> centres = jdbc.query(
                sql.get(getClass(), "select-urban-centres"),
                (rs, i) -> new InvestmentGenerator.Anchor(
                        rs.getString(1), rs.getString(2), (Point) Wkb.read(rs.getBytes(3))),
                REGION_PREFIX);
        var generator = new InvestmentGenerator(properties.seed().investmentSeed(), "Los Ríos", communes, centres);
        List<InvestmentProject> projects = generator.generate(properties.seed().investmentCount());
        writer.insert(jdbc, projects);
        return projects.size();
    }
}

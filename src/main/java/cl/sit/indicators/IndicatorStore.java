package cl.sit.indicators;

import cl.sit.storage.SqlFiles;
import cl.sit.territory.Surface;
import cl.sit.territory.UnitAt;
import cl.sit.territory.UnitsInForce;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads what indicators are made of: units, population and the investment of each unit and year. */
@Component
class IndicatorStore implements IndicatorData {

    /**
     * A territory of the indicators.
     *
     * @param areaKm2 geodesic area of its geometry
     * @param officialKm2 official surface, or null (custom territories, units without one)
     * @param geometry which geometry it carries, or null
     */
    record Unit(String code, String name, double areaKm2, Double officialKm2, String geometry) {

        /** Its surface, with the rule that picks the one per-km² figures divide by. */
        Surface surface() {
            return new Surface(areaKm2, officialKm2, null, geometry);
        }
    }

    /** Population of a unit in a year, census or projection. */
    record Population(String code, int year, String kind, long population, String source) {}

    /** Investment (CLP, after commune shares) of a unit, group and year. */
    record Amount(String code, String group, int year, double clp) {}

    /**
     * Investment of the range given to no commune (the parts of projects outside every commune), per group.
     *
     * @param group value of the breakdown, or null
     * @param totalClp CLP
     * @param projects projects with a part outside every commune and amounts in the range
     */
    record Outside(
            @JsonProperty("grupo") String group,
            @JsonProperty("total_clp") double totalClp,
            @JsonProperty("proyectos") long projects) {}

    /** Number of projects with amounts in the range touching a unit (per group). */
    record ProjectCount(String code, String group, long projects) {}

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final UnitsInForce unitsInForce;

    IndicatorStore(JdbcTemplate jdbc, SqlFiles sql, UnitsInForce unitsInForce) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.unitsInForce = unitsInForce;
    }

    @Override
    public List<Unit> units(Level level) {
        return level == Level.CUSTOM
                ? jdbc.query(
                        sql.get(IndicatorStore.class, "select-custom-units"),
                        (rs, i) -> new Unit(
                                rs.getString(1), rs.getString(2), rs.getDouble(3), null, "Territorio personalizado"))
                : jdbc.query(
                        sql.get(IndicatorStore.class, "select-units"),
                        (rs, i) -> new Unit(
                                rs.getString(1),
                                rs.getString(2),
                                rs.getDouble(3),
                                (Double) rs.getObject(4),
                                rs.getString(5)),
                        level.stored);
    }

    /** Population per unit and year; for a custom territory, its communes' populations times their weights. */
    @Override
    public List<Population> population(Level level, int to) {
        return level == Level.CUSTOM
                ? jdbc.query(
                        sql.get(IndicatorStore.class, "select-custom-population"),
                        (rs, i) -> new Population(
                                rs.getString(1),
                                rs.getInt(2),
                                rs.getString(3),
                                Math.round(rs.getDouble(4)),
                                rs.getString(5)),
                        to)
                : jdbc.query(
                        sql.get(IndicatorStore.class, "select-population"),
                        (rs, i) -> new Population(
                                rs.getString(1), rs.getInt(2), rs.getString(3), rs.getLong(4), rs.getString(5)),
                        level.stored,
                        to);
    }

    @Override
    public List<Amount> amounts(IndicatorQuery q) {
        List<Amount> out = new ArrayList<>();
        jdbc.query(
                template("select-amounts", q),
                rs -> {
                    out.add(new Amount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)));
                },
                q.level().stored,
                q.from(),
                q.to());
        return out;
    }

    @Override
    public List<ProjectCount> projectCounts(IndicatorQuery q) {
        return jdbc.query(
                template("select-project-counts", q),
                (rs, i) -> new ProjectCount(rs.getString(1), rs.getString(2), rs.getLong(3)),
                q.level().stored,
                q.from(),
                q.to());
    }

    /**
     * What lies outside every commune, per group (never part of a unit's row); with no breakdown, one entry even
     * when it is 0, so that reports always show it.
     */
    @Override
    public List<Outside> outside(IndicatorQuery q) {
        boolean grouped = q.breakdown() != Breakdown.NONE;
        List<Outside> out = new ArrayList<>(jdbc.query(
                template("select-outside-amounts", q),
                (rs, i) -> new Outside(grouped ? rs.getString(1) : null, rs.getDouble(2), rs.getLong(3)),
                q.from(),
                q.to()));
        if (out.isEmpty() && !grouped) {
            out.add(new Outside(null, 0, 0));
        }
        return out;
    }

    /** Investment per commune of today (the unit set of a day gives it to its units). */
    @Override
    public List<Amount> communeAmounts(IndicatorQuery q) {
        List<Amount> out = new ArrayList<>();
        jdbc.query(
                template("select-amounts", q),
                rs -> {
                    out.add(new Amount(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getDouble(4)));
                },
                Level.COMMUNE.stored,
                q.from(),
                q.to());
        return out;
    }

    /** Which projects with amounts in the range touch each commune of today, per group. */
    @Override
    public List<UnitSetInputs.CommuneProject> communeProjects(IndicatorQuery q) {
        return jdbc.query(
                template("select-commune-projects", q),
                (rs, i) -> new UnitSetInputs.CommuneProject(rs.getString(1), rs.getString(2), rs.getLong(3)),
                q.from(),
                q.to());
    }

    @Override
    public List<UnitAt> unitsInForce(LocalDate day, Level level) {
        return unitsInForce.at(day, level.stored);
    }

    @Override
    public boolean anyIllustrative() {
        Integer n = jdbc.queryForObject(sql.get(IndicatorStore.class, "count-illustrative"), Integer.class);
        return n != null && n > 0;
    }

    /** The statement with its whitelisted group expression and amount column filled in. */
    private String template(String name, IndicatorQuery q) {
        return sql.get(IndicatorStore.class, name)
                .replace("{group}", q.breakdown().sql)
                .replace("{amount}", q.amountColumn());
    }
}

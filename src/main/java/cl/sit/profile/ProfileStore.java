package cl.sit.profile;

import cl.sit.analysis.Polygons;
import cl.sit.conservation.ConservationCoverage;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import cl.sit.territory.CustomTerritories;
import cl.sit.territory.Surface;
import cl.sit.territory.UnitAt;
import cl.sit.territory.UnitInvestment;
import cl.sit.territory.UnitsInForce;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads what territory profiles are made of. All SQL is in {@code profile-*.sql} beside this class. */
@Component
class ProfileStore {

    /** An administrative code: a region (2 digits), a province (3) or a commune (5). */
    private static final Pattern CUT = Pattern.compile("\\d{2}|\\d{3}|\\d{5}");

    private static final Pattern CUSTOM_CODE = Pattern.compile("[a-z0-9][a-z0-9-]{1,39}");

    /** Population of a unit in a year, census or projection. */
    record PopulationRow(int year, String kind, long population, String source) {}

    /** The identifier of a former unit: its code, {@code @..} and the first day no longer in force. */
    private static final Pattern FORMER = Pattern.compile("(\\d{2}|\\d{3}|\\d{5})@\\.\\.\\d{4}-\\d{2}-\\d{2}");

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final UnitsInForce unitsInForce;
    private final ProjectRanking ranking;
    private final UnitInvestment investment;
    private final CustomTerritories customTerritories;

    ProfileStore(
            JdbcTemplate jdbc,
            SqlFiles sql,
            UnitsInForce unitsInForce,
            ProjectRanking ranking,
            UnitInvestment investment,
            CustomTerritories customTerritories) {
        this.investment = investment;
        this.customTerritories = customTerritories;
        this.jdbc = jdbc;
        this.sql = sql;
        this.unitsInForce = unitsInForce;
        this.ranking = ranking;
    }

    Optional<ProfileUnit> unit(String code) {
        if (code == null) {
            return Optional.empty();
        }
        if (FORMER.matcher(code).matches()) {
            return unitsInForce.former(code).flatMap(this::former);
        }
        if (CUT.matcher(code).matches()) {
            return jdbc
                    .query(
                            get("profile-unit"),
                            (rs, i) -> new ProfileUnit(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    new Surface(
                                            rs.getDouble(5),
                                            (Double) rs.getObject(7),
                                            rs.getString(8),
                                            rs.getString(9)),
                                    rs.getString(6),
                                    false),
                            code)
                    .stream()
                    .findFirst();
        }
        if (!CUSTOM_CODE.matcher(code).matches()) {
            return Optional.empty();
        }
        return jdbc
                .query(
                        get("profile-custom-unit"),
                        (rs, i) -> {
                            boolean drawn = "poligono".equals(rs.getString(4));
                            String how = drawn
                                    ? "Territorio personalizado: zona dibujada"
                                    : "Territorio personalizado: asociación de comunas";
                            String description = rs.getString(3);
                            return new ProfileUnit(
                                    rs.getString(1),
                                    rs.getString(2),
                                    TerritoryProfile.CUSTOM,
                                    null,
                                    new Surface(rs.getDouble(5), null, null, "Territorio personalizado"),
                                    description == null || description.isBlank()
                                            ? how
                                            : how + ". " + description.strip(),
                                    drawn);
                        },
                        code)
                .stream()
                .findFirst();
    }

    /** A former unit: its communes of today, surfaces summed from theirs, its parent and source from the store. */
    private Optional<ProfileUnit> former(UnitAt u) {
        return jdbc
                .query(
                        get("profile-former-unit"),
                        (rs, i) -> new ProfileUnit(
                                u.id(),
                                u.name(),
                                u.level(),
                                rs.getString(1),
                                new Surface(
                                        u.areaKm2(),
                                        u.officialKm2(),
                                        u.officialKm2() == null
                                                ? null
                                                : "Suma de las superficies oficiales de sus comunas",
                                        u.geometry()),
                                rs.getString(2),
                                false,
                                u),
                        u.id())
                .stream()
                .findFirst();
    }

    /** The containing units, region first. */
    List<TerritoryProfile.Ref> parents(ProfileUnit unit) {
        List<TerritoryProfile.Ref> out = new ArrayList<>();
        String parent = unit.parentCut();
        while (parent != null && out.size() < 3) {
            Optional<ProfileUnit> p = unit(parent);
            if (p.isEmpty()) {
                break;
            }
            out.add(
                    0,
                    new TerritoryProfile.Ref(
                            p.get().code(), p.get().name(), p.get().level()));
            parent = p.get().parentCut();
        }
        return out;
    }

    List<TerritoryProfile.Member> communes(ProfileUnit unit) {
        if (unit.custom()) {
            return customTerritories.members(unit.code()).stream()
                    .map(m -> new TerritoryProfile.Member(m.cut(), m.nombre(), m.peso()))
                    .toList();
        }
        return jdbc.query(
                template("profile-communes", unit, null),
                (rs, i) -> new TerritoryProfile.Member(rs.getString(1), rs.getString(2), 1.0),
                unit.selector());
    }

    /**
     * The unit's land, EPSG:4326: its boundary; for a custom territory the union of its communes, clipped to the
     * drawn zone when it was drawn (so sea inside a drawn zone does not count).
     */
    Geometry geometry(ProfileUnit unit) {
        if (!unit.custom()) {
            String name = unit.former() != null ? "profile-geometry-former" : "profile-geometry";
            return Wkb.read(jdbc.queryForObject(get(name), byte[].class, unit.code()));
        }
        List<Geometry> communes =
                jdbc.query(get("profile-custom-commune-geometries"), (rs, i) -> Wkb.read(rs.getBytes(1)), unit.code());
        Geometry land = Polygons.union(communes);
        if (unit.drawn()) {
            Geometry zone = Wkb.read(jdbc.queryForObject(get("profile-custom-geometry"), byte[].class, unit.code()));
            land = OverlayNGRobust.overlay(land, Polygons.valid(zone), OverlayNG.INTERSECTION);
        }
        return land;
    }

    List<PopulationRow> population(ProfileUnit unit) {
        if (unit.former() != null) {
            return jdbc.query(
                    get("profile-population-former"),
                    (rs, i) -> new PopulationRow(
                            rs.getInt(1), rs.getString(2), rs.getLong(3), "Suma de sus comunas: " + rs.getString(4)),
                    unit.selector(),
                    unit.former().communes().size());
        }
        return jdbc.query(
                get(unit.custom() ? "profile-custom-population" : "profile-population"),
                (rs, i) ->
                        new PopulationRow(rs.getInt(1), rs.getString(2), Math.round(rs.getDouble(3)), rs.getString(4)),
                unit.code());
    }

    List<ConservationCoverage.Area> protectedAreas() {
        return areas("profile-protected-areas");
    }

    List<ConservationCoverage.Area> prioritySites() {
        return areas("profile-priority-sites");
    }

    /**
     * Whether the unit's investment kept when its projects were written is current (see
     * {@code V20__unit_investment_summary.sql}); when not, the methods below compute it from every project.
     */
    boolean investmentKept(ProfileUnit unit) {
        return investment.current(jdbc, List.of(unit.code()));
    }

    /** Investment per year of the period, CLP: programmed and spent. */
    Map<Integer, double[]> investmentByYear(ProfileUnit unit, ProfileQuery q, boolean kept) {
        Map<Integer, double[]> out = new TreeMap<>();
        jdbc.query(
                get(kept ? "profile-investment-by-year-kept" : "profile-investment-by-year"),
                rs -> {
                    out.put(rs.getInt(1), new double[] {rs.getDouble(2), rs.getDouble(3)});
                },
                unit.code(),
                q.from(),
                q.to());
        return out;
    }

    /** The part outside every commune of the projects that touch the unit, CLP of the period (not in its total). */
    double investmentOutside(ProfileUnit unit, ProfileQuery q, boolean kept) {
        Double clp = jdbc.queryForObject(
                template(kept ? "profile-investment-outside-kept" : "profile-investment-outside", unit, q),
                Double.class,
                unit.code(),
                q.from(),
                q.to());
        return clp == null ? 0 : clp;
    }

    long projectCount(ProfileUnit unit, ProfileQuery q) {
        Long n = jdbc.queryForObject(
                template("profile-project-count", unit, q), Long.class, unit.code(), q.from(), q.to());
        return n == null ? 0 : n;
    }

    /** The unit's projects ranked by their amount in it over the period, at most {@code limit}. */
    List<TopProject> topProjects(ProfileUnit unit, ProfileQuery q, int limit, boolean kept) {
        if (kept) {
            Optional<List<TopProject>> ranked = ranking.top(unit, q, limit);
            if (ranked.isPresent()) {
                return ranked.get();
            }
        }
        return jdbc.query(
                template("profile-top-projects", unit, q),
                (rs, i) -> new TopProject(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getLong(9),
                        rs.getDouble(10),
                        rs.getDouble(11),
                        rs.getBoolean(12),
                        rs.getDouble(13)),
                q.from(),
                q.to(),
                unit.code(),
                limit);
    }

    /** The units that replaced a former unit, from the crosswalk. */
    List<TerritoryProfile.Ref> successors(ProfileUnit unit) {
        return jdbc.query(
                get("profile-successors"),
                (rs, i) -> new TerritoryProfile.Ref(rs.getString(1), rs.getString(2), rs.getString(3)),
                unit.code());
    }

    boolean anyIllustrative() {
        Integer n = jdbc.queryForObject(get("profile-count-illustrative"), Integer.class);
        return n != null && n > 0;
    }

    /** Every administrative unit and custom territory: code, name, level and parent CUT. */
    List<ProfileUnit> index() {
        List<ProfileUnit> out = new ArrayList<>(jdbc.query(
                get("profile-index"),
                (rs, i) -> new ProfileUnit(
                        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), null, null, false)));
        out.addAll(jdbc.query(
                get("profile-custom-index"),
                (rs, i) -> new ProfileUnit(
                        rs.getString(1), rs.getString(2), TerritoryProfile.CUSTOM, null, null, null, false)));
        return out;
    }

    private List<ConservationCoverage.Area> areas(String name) {
        return jdbc.query(
                get(name),
                (rs, i) -> new ConservationCoverage.Area(
                        rs.getString(1), rs.getString(2), rs.getString(3), Wkb.read(rs.getBytes(4))));
    }

    private String get(String name) {
        return sql.get(ProfileStore.class, name);
    }

    /** The statement with its whitelisted amount column (when there is a query) and unit predicate filled in. */
    private String template(String name, ProfileUnit unit, ProfileQuery q) {
        String text = get(name).replace("{in_unit}", unit.inUnit());
        return q == null ? text : text.replace("{amount}", q.amountColumn());
    }
}

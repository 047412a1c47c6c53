package cl.sit.regionalization;

import cl.sit.agenda21.Completeness;
import cl.sit.agenda21.CompletenessMatrix;
import cl.sit.conservation.ConservationCoverage;
import cl.sit.indicators.CommuneInvestment;
import cl.sit.storage.SqlFiles;
import cl.sit.storage.Wkb;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Computes each variable over a unit set. A value SIT does not hold is {@code NaN}, never 0: population of a year
 * with neither projection nor census, per-capita investment without population, conservation shares, urban share and
 * Agenda 21 completeness outside the regions whose data are loaded, a layer average where the unit has no feature. A
 * zero is a zero measured (no investment of that programme, no protected area in a region that has them).
 */
@Component
class VariableValues {

    static final int FIRST_POPULATION = 2002;
    static final int LAST_POPULATION = 2035;
    static final int FIRST_INVESTMENT = 2003;
    static final int LAST_INVESTMENT = 2026;

    private final JdbcTemplate jdbc;
    private final SqlFiles sql;
    private final CommuneInvestment investment;
    private final Completeness completeness;
    private final LayerAggregation layers;

    VariableValues(
            JdbcTemplate jdbc,
            SqlFiles sql,
            CommuneInvestment investment,
            Completeness completeness,
            LayerAggregation layers) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.investment = investment;
        this.completeness = completeness;
        this.layers = layers;
    }

    Column column(String key, VariableRequest v, UnitSet set) {
        if (!set.communes() && !v.variable().forZones) {
            throw RegionalizationRequest.bad(
                    "variables",
                    "'" + v.variable().id + "' no existe para zonas censales; "
                            + "use poblacion, densidad, areas_protegidas, sitios_prioritarios o capa");
        }
        List<Unit> units = set.units();
        return switch (v.variable()) {
            case POBLACION -> {
                int year = populationYear(v, set);
                yield column(key, v, v.variable().title + " " + year, population(set, year), populationSource(set));
            }
            case CRECIMIENTO -> {
                int from = v.year("desde", 2017, FIRST_POPULATION, LAST_POPULATION);
                int to = v.year("hasta", 2024, FIRST_POPULATION, LAST_POPULATION);
                if (from >= to) {
                    throw RegionalizationRequest.bad(
                            "variables", "'desde' debe ser anterior a 'hasta' en crecimiento_poblacion");
                }
                double[] a = population(set, from);
                double[] b = population(set, to);
                double[] out = new double[units.size()];
                Arrays.setAll(out, i -> a[i] > 0 ? 100 * (b[i] / a[i] - 1) : Double.NaN);
                yield column(key, v, v.variable().title + " " + from + "–" + to, out, populationSource(set));
            }
            case DENSIDAD -> {
                int year = populationYear(v, set);
                double[] p = population(set, year);
                double[] out = new double[units.size()];
                Arrays.setAll(out, i -> p[i] / units.get(i).surfaceKm2());
                yield column(
                        key,
                        v,
                        v.variable().title + " " + year,
                        out,
                        populationSource(set) + "; superficie oficial cuando existe, si no geodésica");
            }
            case URBANA ->
                column(
                        key,
                        v,
                        v.variable().title,
                        urbanShare(units),
                        "INE, zonas censales urbanas 2017 sobre la población comunal del Censo 2017; sin valor fuera de "
                                + "las regiones con zonas censales cargadas");
            case EDAD_0_14, EDAD_65, DEPENDENCIA ->
                column(
                        key,
                        v,
                        v.variable().title,
                        ageStructure(set, v.variable()),
                        "INE, Censo 2017, personas por sexo y edad; sin valor fuera de las regiones con esos datos "
                                + "cargados (Los Ríos)");
            case INVERSION_HAB, INVERSION_KM2 -> investment(key, v, units);
            case AREAS_PROTEGIDAS ->
                column(
                        key,
                        v,
                        v.variable().title,
                        coverage(units, "select-protected-areas"),
                        "RNAP (MMA); porcentaje de la superficie geodésica de la unidad; sin valor fuera de las regiones "
                                + "con capas de conservación cargadas");
            case SITIOS_PRIORITARIOS ->
                column(
                        key,
                        v,
                        v.variable().title,
                        coverage(units, "select-priority-sites"),
                        "Sitios prioritarios Ley 19.300 (MMA); porcentaje de la superficie geodésica; sin valor fuera de "
                                + "las regiones con capas de conservación cargadas");
            case AGENDA21 ->
                column(
                        key,
                        v,
                        v.variable().title,
                        agenda21(units),
                        "Tablero Agenda 21 de SIT: capas con al menos un elemento sobre las capas del paquete");
            case CAPA -> layers.column(key, v, set);
        };
    }

    private static Column column(String key, VariableRequest v, String label, double[] values, String source) {
        return new Column(key, v.variable().id, label, v.variable().measure, values, source);
    }

    private static int populationYear(VariableRequest v, UnitSet set) {
        if (!set.communes()) {
            if (v.year("anio", 2017, 2017, 2017) != 2017) {
                throw new IllegalStateException();
            }
            return 2017;
        }
        return v.year("anio", 2024, FIRST_POPULATION, LAST_POPULATION);
    }

    private static String populationSource(UnitSet set) {
        return set.communes()
                ? "INE, proyecciones de población base 2017 (el Censo 2017 donde no hay proyección)"
                : "INE, Censo 2017 por zona censal";
    }

    /** Share aged 0–14 or 65 and over, or the dependency ratio, of each commune; NaN where no ages are loaded. */
    private double[] ageStructure(UnitSet set, Variable measure) {
        Map<String, AgeStructure> byCut = new HashMap<>();
        String like = UnitSet.ALL.equals(set.scope()) ? "%" : set.scope() + "%";
        jdbc.query(
                sql.get(VariableValues.class, "select-population-age"),
                rs -> {
                    byCut.computeIfAbsent(rs.getString(1), k -> new AgeStructure())
                            .add(rs.getInt(2), rs.getDouble(3));
                },
                like);
        List<Unit> units = set.units();
        double[] out = new double[units.size()];
        for (int i = 0; i < out.length; i++) {
            AgeStructure a = byCut.get(units.get(i).code());
            out[i] = a == null
                    ? Double.NaN
                    : switch (measure) {
                        case EDAD_0_14 -> a.shareYoung();
                        case EDAD_65 -> a.shareOld();
                        default -> a.dependency();
                    };
        }
        return out;
    }

    /** Population of the year: the INE projection, else the census count; NaN when neither. */
    private double[] population(UnitSet set, int year) {
        List<Unit> units = set.units();
        double[] out = new double[units.size()];
        if (!set.communes()) {
            Map<String, Double> zones = new HashMap<>();
            jdbc.query(
                    sql.get(VariableValues.class, "select-zone-population"),
                    rs -> {
                        zones.put(rs.getString(1), rs.getDouble(2));
                    },
                    set.scope());
            Arrays.setAll(out, i -> zones.getOrDefault(units.get(i).code(), Double.NaN));
            return out;
        }
        Map<String, Map<String, Double>> byCut = new HashMap<>();
        String like = UnitSet.ALL.equals(set.scope()) ? "%" : set.scope() + "%";
        jdbc.query(
                sql.get(VariableValues.class, "select-population"),
                rs -> {
                    if (rs.getInt(2) == year) {
                        byCut.computeIfAbsent(rs.getString(1), k -> new TreeMap<>())
                                .put(rs.getString(3), rs.getDouble(4));
                    }
                },
                like);
        for (int i = 0; i < out.length; i++) {
            Map<String, Double> kinds = byCut.getOrDefault(units.get(i).code(), Map.of());
            out[i] = kinds.getOrDefault("proyeccion", kinds.getOrDefault("censo", Double.NaN));
        }
        return out;
    }

    private double[] urbanShare(List<Unit> units) {
        Set<String> covered =
                new HashSet<>(jdbc.queryForList(sql.get(VariableValues.class, "select-zone-regions"), String.class));
        Map<String, Double> urban = new HashMap<>();
        jdbc.query(sql.get(VariableValues.class, "select-urban-population"), rs -> {
            urban.put(rs.getString(1), rs.getDouble(2));
        });
        Map<String, Map<String, Double>> census = new HashMap<>();
        for (String region : covered) {
            jdbc.query(
                    sql.get(VariableValues.class, "select-population"),
                    rs -> {
                        if (rs.getInt(2) == 2017 && "censo".equals(rs.getString(3))) {
                            census.computeIfAbsent(region, k -> new HashMap<>()).put(rs.getString(1), rs.getDouble(4));
                        }
                    },
                    region + "%");
        }
        double[] out = new double[units.size()];
        for (int i = 0; i < out.length; i++) {
            Unit u = units.get(i);
            Double people = census.getOrDefault(u.region(), Map.of()).get(u.code());
            out[i] = covered.contains(u.region()) && people != null && people > 0
                    ? 100 * urban.getOrDefault(u.code(), 0.0) / people
                    : Double.NaN;
        }
        return out;
    }

    private Column investment(String key, VariableRequest v, List<Unit> units) {
        int from = v.year("desde", 2015, FIRST_INVESTMENT, LAST_INVESTMENT);
        int to = v.year("hasta", LAST_INVESTMENT, FIRST_INVESTMENT, LAST_INVESTMENT);
        if (from > to) {
            throw RegionalizationRequest.bad("variables", "'desde' es posterior a 'hasta' en " + v.variable().id);
        }
        String amount = v.parameters().getOrDefault("monto", "programado");
        if (!amount.equals("programado") && !amount.equals("ejecutado")) {
            throw RegionalizationRequest.bad("variables", "'monto' debe ser programado o ejecutado");
        }
        String programme = v.parameter("programa");
        String sector = v.parameter("sector");
        if (programme != null && sector != null) {
            throw RegionalizationRequest.bad(
                    "variables",
                    "indique 'programa' o 'sector' en " + v.variable().id + ", no ambos (use dos variables)");
        }
        String dimension = programme != null ? "programa" : sector != null ? "sector" : null;
        String group = programme != null ? programme : sector;
        if (dimension != null && !investment.groups(dimension, 1900, 2100).contains(group)) {
            throw RegionalizationRequest.bad("variables", "no hay inversión con " + dimension + " '" + group + "'");
        }
        Map<String, CommuneInvestment.Figures> figures =
                investment.perCommune(from, to, amount.equals("ejecutado"), dimension, group);
        boolean perCapita = v.variable() == Variable.INVERSION_HAB;
        double[] out = new double[units.size()];
        for (int i = 0; i < out.length; i++) {
            CommuneInvestment.Figures f = figures.get(units.get(i).code());
            out[i] = f == null
                    ? Double.NaN
                    : perCapita ? (f.perCapitaClp() == null ? Double.NaN : f.perCapitaClp()) : f.perKm2Clp();
        }
        String label = v.variable().title + " " + from + "–" + to + " (" + amount
                + (group == null ? "" : ", " + dimension + " " + group) + ")";
        return column(
                key,
                v,
                label,
                out,
                "Indicadores de inversión de SIT (/api/indicators): montos por comuna "
                        + "según la parte de cada proyecto en ella; per cápita con la población de cada año");
    }

    private double[] coverage(List<Unit> units, String statement) {
        List<ConservationCoverage.Area> areas = jdbc.query(
                sql.get(VariableValues.class, statement),
                (rs, i) -> new ConservationCoverage.Area(
                        rs.getString(1), rs.getString(2), rs.getString(3), Wkb.read(rs.getBytes(4))));
        Set<String> covered = new HashSet<>(
                jdbc.queryForList(sql.get(VariableValues.class, "select-conservation-regions"), String.class));
        double[] out = new double[units.size()];
        for (int i = 0; i < out.length; i++) {
            Unit u = units.get(i);
            out[i] = covered.contains(u.region())
                    ? ConservationCoverage.of(u.geometry(), areas).porcentaje()
                    : Double.NaN;
        }
        return out;
    }

    private double[] agenda21(List<Unit> units) {
        Map<String, CompletenessMatrix.Share> shares = new HashMap<>();
        for (String region : units.stream().map(Unit::region).distinct().toList()) {
            try {
                completeness.matrix(region).comunas().forEach(r -> shares.put(r.cut(), r.totales()));
            } catch (cl.sit.system.ApiException e) {
                // a region without its own unit: its communes have no value
            }
        }
        double[] out = new double[units.size()];
        for (int i = 0; i < out.length; i++) {
            CompletenessMatrix.Share s = shares.get(units.get(i).code());
            out[i] = s == null || s.total() == 0 ? Double.NaN : 100.0 * s.conDatos() / s.total();
        }
        return out;
    }
}

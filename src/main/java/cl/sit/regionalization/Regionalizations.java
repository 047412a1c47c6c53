package cl.sit.regionalization;

import cl.sit.regionalization.RegionalizationDocument.Missing;
import cl.sit.system.ErrorCode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.locationtech.jts.geom.Geometry;
import org.springframework.stereotype.Component;

/**
 * Runs a regionalization: reads the units and the variables, deals with missing values, standardises, builds the
 * neighbour graph, groups with SKATER or max-p, writes the report ({@link Report}) and keeps it
 * ({@link RegionalizationStore}).
 */
@Component
class Regionalizations implements RegionalizationData.Runs {

    /** Units at most (the 345 communes of Chile fit). */
    static final int MAX_UNITS = 400;
    /** Regionalizations computed at once; others wait up to {@link #WAIT} for a turn, then get 503. */
    static final int AT_ONCE = 2;

    static final Duration WAIT = Duration.ofSeconds(10);
    /** Time max-p may spend on its tries and their improvement. */
    static final Duration MAX_P_LIMIT = Duration.ofSeconds(5);

    private final UnitStore units;
    private final VariableValues values;
    private final RegionalizationStore store;
    private final RunGate gate = new RunGate(AT_ONCE, WAIT);

    Regionalizations(UnitStore units, VariableValues values, RegionalizationStore store) {
        this.units = units;
        this.values = values;
        this.store = store;
    }

    /** Runs and keeps {@code q}; {@code body} is the request as sent, kept beside the result. */
    @Override
    public RegionalizationDocument run(RegionalizationRequest q, String body, String user) {
        return gate.run(() -> compute(q, body, user));
    }

    private RegionalizationDocument compute(RegionalizationRequest q, String body, String user) {
        long start = System.nanoTime();
        UnitSet set = units.load(q.units(), q.scope());
        int n = set.units().size();
        if (n > MAX_UNITS) {
            throw RegionalizationRequest.bad("ambito", n + " unidades; el máximo es " + MAX_UNITS);
        }
        if (q.skater() && q.k() >= n) {
            throw RegionalizationRequest.bad("k", "debe ser menor que el número de unidades (" + n + ")");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < q.variables().size(); i++) {
            columns.add(values.column("v" + (i + 1), q.variables().get(i), set));
        }
        Floor floor = null;
        Column floorColumn = null;
        if (q.floor() != null) {
            floorColumn = values.column("piso", q.floor(), set);
            floor = floor(floorColumn, q.floorMinimum(), set);
        }
        List<Missing> missing = MissingValues.check(set, columns, q.imputeMean());
        double[][] raw = new double[n][columns.size()];
        double[] weights = new double[columns.size()];
        for (int k = 0; k < columns.size(); k++) {
            weights[k] = q.variables().get(k).weight();
            for (int i = 0; i < n; i++) {
                raw[i][k] = columns.get(k).values()[i];
            }
        }
        double[][] z = Standardization.apply(raw, q.standardization(), weights);
        List<Geometry> shapes =
                set.units().stream().map(Unit::geometry).map(g -> (Geometry) g).toList();
        UnitMeasures measures = UnitMeasures.of(shapes);
        UnitGraph graph = Contiguity.of(shapes, measures, q.rule(), q.toleranceM());
        MaxP.Result maxP = q.skater() ? null : MaxP.run(graph, z, floor, q.seed(), q.tries(), MAX_P_LIMIT.toNanos());
        Partition p = q.skater() ? Skater.partition(graph, z, q.k(), q.minSize(), floor) : maxP.partition();
        if (p == null) {
            throw ErrorCode.FLOOR_TOO_HIGH.exception("Ninguna región alcanza el piso: la suma de '"
                    + floorColumn.label() + "' en todas las unidades no llega a " + q.floorMinimum());
        }
        List<RegionShapes.Shape> regionShapes = RegionShapes.of(measures, p);
        String id = UUID.randomUUID().toString();
        long ms = (System.nanoTime() - start) / 1_000_000;
        RegionalizationDocument doc = Report.of(
                id,
                OffsetDateTime.now(),
                q,
                set,
                graph,
                columns,
                floorColumn,
                z,
                p,
                maxP == null ? null : maxP.tries(),
                regionShapes,
                missing,
                ms);
        store.save(doc, body, user);
        return doc;
    }

    private static Floor floor(Column c, double minimum, UnitSet set) {
        double[] v = c.values();
        for (int i = 0; i < v.length; i++) {
            if (Double.isNaN(v[i]) || v[i] < 0) {
                throw ErrorCode.INVALID_FLOOR.exception("La variable del piso ('" + c.label() + "') "
                        + (Double.isNaN(v[i]) ? "no tiene valor" : "es negativa") + " en "
                        + set.units().get(i).name()
                        + "; el piso debe ser una cantidad conocida y no negativa en cada unidad");
            }
        }
        return new Floor(v, minimum);
    }
}

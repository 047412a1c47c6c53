package cl.sit.bench;

import cl.sit.analysis.CommuneCoverage;
import cl.sit.analysis.GeodesicMeasure;
import cl.sit.analysis.Polygons;
import cl.sit.geojson.GeoJsonReader;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import cl.sit.regionalization.Contiguity;
import cl.sit.regionalization.Floor;
import cl.sit.regionalization.MaxP;
import cl.sit.regionalization.Partition;
import cl.sit.regionalization.Quality;
import cl.sit.regionalization.RegionShapes;
import cl.sit.regionalization.Skater;
import cl.sit.regionalization.Standardization;
import cl.sit.regionalization.UnitGraph;
import cl.sit.regionalization.UnitMeasures;
import java.io.FileInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Point;

/**
 * Benchmark (not a test): the regionalization of Chile's 345 communes (BCN, simplified; data/chile) as SIT runs it
 * in {@code POST /api/regionalizations}: the neighbour graph (queen, 2 km), SKATER with k = 16, max-p with a floor,
 * and the dissolve of the regions, each timed over several runs after a warm-up. Variables: geodesic area, the
 * centroid's latitude and longitude, and a seeded random value (no national population is shipped). Run with
 * {@code bench/regionalization/run.sh} (see bench/README.md).
 *
 * <p>Arguments: GeoJSON file, runs.
 */
public final class RegionalizationBenchmark {

    private RegionalizationBenchmark() {}

    public static void main(String[] args) throws Exception {
        // As SIT stores them (NationalCommuneSeed): the simplified polygons made a coverage, ordered by code.
        List<CommuneCoverage.Commune> input = new ArrayList<>();
        try (InputStream in = new FileInputStream(args[0])) {
            for (SourceFeature f : GeoJsonReader.readFeatures(in)) {
                Object code = f.properties().get("cod_comuna");
                if (code instanceof Number n && n.intValue() != 0 && f.geometry() != null) {
                    input.add(new CommuneCoverage.Commune(
                            String.format("%05d", n.intValue()), Polygons.valid(f.geometry()), null));
                }
            }
        }
        List<Geometry> units =
                new ArrayList<>(CommuneCoverage.build(input).communes().values());
        int runs = Integer.parseInt(args[1]);
        int n = units.size();
        double[][] raw = new double[n][4];
        SplittableRandom random = new SplittableRandom(16);
        for (int i = 0; i < n; i++) {
            Point c = units.get(i).getCentroid();
            raw[i] = new double[] {
                Math.log1p(GeodesicMeasure.areaKm2(units.get(i))), c.getY(), c.getX(), random.nextDouble()
            };
        }
        double[][] z = Standardization.apply(raw, Standardization.Method.Z, new double[] {1, 1, 1, 1});
        double[] area = Arrays.stream(raw).mapToDouble(r -> Math.expm1(r[0])).toArray();
        System.out.printf(Locale.ROOT, "%d communes, %d runs after one warm-up%n", n, runs);
        long[] graph = new long[runs];
        long[] skater = new long[runs];
        long[] maxp = new long[runs];
        long[] measures = new long[runs];
        long[] dissolve = new long[runs];
        Partition p = null;
        Partition q = null;
        UnitMeasures m = null;
        UnitGraph g = null;
        for (int r = -1; r < runs; r++) {
            long t0 = System.nanoTime();
            m = UnitMeasures.of(units);
            g = Contiguity.of(units, m, Contiguity.Rule.QUEEN, 2000);
            long t1 = System.nanoTime();
            p = Skater.partition(g, z, 16, 1, null);
            long t2 = System.nanoTime();
            q = MaxP.partition(g, z, new Floor(area, 20_000), 1, 100);
            long t3 = System.nanoTime();
            m.regions(p);
            long t4 = System.nanoTime();
            dissolved(units, p);
            long t5 = System.nanoTime();
            if (r >= 0) {
                graph[r] = t1 - t0;
                skater[r] = t2 - t1;
                maxp[r] = t3 - t2;
                measures[r] = t4 - t3;
                dissolve[r] = t5 - t4;
            }
        }
        print("unit measures + neighbour graph (queen, 2 km)", graph);
        print("SKATER k=16", skater);
        print("max-p (area >= 20,000 km2, 100 tries)", maxp);
        print("area and perimeter of the 16 regions", measures);
        print("dissolve of the 16 regions (GeoJSON, on demand)", dissolve);
        long[] total = new long[runs];
        Arrays.setAll(total, i -> graph[i] + skater[i] + measures[i]);
        print("SKATER k=16 end to end (graph + SKATER + measures)", total);
        System.out.printf(
                Locale.ROOT,
                "SKATER: %d regions, R2 %.6f, %s; max-p: %d regions, R2 %.6f, %s%n",
                p.count(),
                Quality.explained(Quality.withinSs(z, p.region(), p.count()), Quality.totalSs(z)),
                Integer.toHexString(p.hashCode()),
                q.count(),
                Quality.explained(Quality.withinSs(z, q.region(), q.count()), Quality.totalSs(z)),
                Integer.toHexString(q.hashCode()));
        // The graph as it was built before (every pair tested with relate), and the measures against the dissolve.
        UnitGraph tested = Contiguity.of(units, UnitMeasures.of(List.of()), Contiguity.Rule.QUEEN, 2000);
        System.out.println("same links as testing every pair with relate: "
                + tested.links().equals(g.links()));
        double[][] fromMeasures = m.regions(p);
        List<MultiPolygon> shapes = dissolved(units, p);
        double worst = 0;
        for (int k = 0; k < p.count(); k++) {
            double a = GeodesicMeasure.areaM2(shapes.get(k));
            double perimeter = GeodesicMeasure.lengthM(shapes.get(k).getBoundary());
            worst = Math.max(
                    worst, Math.abs(polsbyPopper(fromMeasures[k][0], fromMeasures[k][1]) - polsbyPopper(a, perimeter)));
        }
        System.out.printf(Locale.ROOT, "Polsby-Popper from measures vs dissolved: largest difference %.2e%n", worst);
    }

    private static double polsbyPopper(double areaM2, double perimeterM) {
        return 4 * Math.PI * areaM2 / (perimeterM * perimeterM);
    }

    private static List<MultiPolygon> dissolved(List<Geometry> units, Partition p) {
        List<MultiPolygon> out = new ArrayList<>();
        for (int k = 0; k < p.count(); k++) {
            List<Geometry> parts = new ArrayList<>();
            for (int i = 0; i < units.size(); i++) {
                if (p.of(i) == k) {
                    parts.add(units.get(i));
                }
            }
            out.add(RegionShapes.dissolve(parts));
        }
        return out;
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                Locale.ROOT,
                "%-55s median %8.1f ms  min %8.1f ms  max %8.1f ms%n",
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[0] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}

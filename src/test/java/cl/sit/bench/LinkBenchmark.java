package cl.sit.bench;

import cl.sit.analysis.Polygons;
import cl.sit.analysis.TerritorySplit;
import cl.sit.geojson.GeoJsonReader;
import cl.sit.geojson.GeoJsonReader.SourceFeature;
import java.io.FileInputStream;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.postgresql.PGConnection;

/**
 * Benchmark (not a test): links generated points and lines to Chile's communes with SIT's {@link TerritorySplit}
 * and with the equivalent PostGIS SQL join, in the same run, and prints times and ratios. Run with
 * {@code bench/link-benchmark.sh} (see bench/README.md).
 *
 * <p>Arguments: points, lines, seed, JDBC URL of a PostGIS database (may be "none" to skip the baseline).
 */
public final class LinkBenchmark {

    private static final GeometryFactory FACTORY =
            new GeometryFactory(new org.locationtech.jts.geom.PrecisionModel(), 4326);

    private LinkBenchmark() {}

    public static void main(String[] args) throws Exception {
        int points = Integer.parseInt(args[0]);
        int lines = Integer.parseInt(args[1]);
        long seed = Long.parseLong(args[2]);
        String url = args[3];
        List<TerritorySplit.Unit> communes = communes("data/chile/comunas_chile_bcn_simplificado.geojson");
        List<Geometry> pts = generatePoints(communes, points, new SplittableRandom(seed));
        List<Geometry> lns = generateLines(communes, lines, new SplittableRandom(seed + 1));
        System.out.printf(
                Locale.ROOT,
                "communes: %d, points: %d, lines: %d, seed: %d, cores: %d%n",
                communes.size(),
                points,
                lines,
                seed,
                Runtime.getRuntime().availableProcessors());

        TerritorySplit split = new TerritorySplit(communes, 0);
        // Warm-up: the JIT compiles the hot paths first, as in a long-running server.
        link(split, pts.subList(0, Math.min(pts.size(), 200_000)), false);
        link(split, lns.subList(0, Math.min(lns.size(), 10_000)), false);

        double sitPoints = best(() -> link(split, pts, false));
        double sitPointsParallel = best(() -> link(split, pts, true));
        double sitLines = best(() -> link(split, lns, false));
        double sitLinesParallel = best(() -> link(split, lns, true));
        System.out.printf(
                Locale.ROOT, "SIT (JTS) points: %.2f s (1 thread), %.2f s (all cores)%n", sitPoints, sitPointsParallel);
        System.out.printf(
                Locale.ROOT, "SIT (JTS) lines:  %.2f s (1 thread), %.2f s (all cores)%n", sitLines, sitLinesParallel);

        if (url.equals("none")) {
            return;
        }
        try (Connection c = DriverManager.getConnection(url)) {
            load(c, communes, pts, lns);
            double pgPoints = time(c, """
                    CREATE TEMP TABLE point_links AS
                    SELECT p.id, MIN(c.cut) AS cut FROM bench_point p
                    JOIN bench_commune c ON ST_Covers(c.geom, p.geom) GROUP BY p.id""");
            double pgLines = time(c, """
                    CREATE TEMP TABLE line_links AS
                    SELECT l.id, c.cut,
                           ST_Length(ST_CollectionExtract(ST_Intersection(l.geom, c.geom), 2)::geography) AS m
                    FROM bench_line l JOIN bench_commune c ON ST_Intersects(l.geom, c.geom)""");
            // The tuned form a PostGIS expert would write: communes cut into pieces of at most 256 vertices.
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS bench_commune_piece");
                s.execute("CREATE TABLE bench_commune_piece AS SELECT cut, ST_Subdivide(geom, 256) AS geom "
                        + "FROM bench_commune");
                s.execute("CREATE INDEX ON bench_commune_piece USING gist (geom)");
                s.execute("ANALYZE bench_commune_piece");
            }
            double pgPointsTuned = time(c, """
                    CREATE TEMP TABLE point_links_tuned AS
                    SELECT p.id, MIN(c.cut) AS cut FROM bench_point p
                    JOIN bench_commune_piece c ON ST_Covers(c.geom, p.geom) GROUP BY p.id""");
            System.out.printf(
                    Locale.ROOT, "PostGIS SQL join points: %.2f s, lines: %.2f s (1 backend)%n", pgPoints, pgLines);
            System.out.printf(
                    Locale.ROOT,
                    "PostGIS tuned join (ST_Subdivide 256) points: %.2f s; ratio to SIT "
                            + "%.2fx (1 thread), %.2fx (all cores)%n",
                    pgPointsTuned,
                    pgPointsTuned / sitPoints,
                    pgPointsTuned / sitPointsParallel);
            System.out.printf(
                    Locale.ROOT,
                    "ratio PostGIS/SIT, points: %.2fx (1 thread), %.2fx (all cores)%n",
                    pgPoints / sitPoints,
                    pgPoints / sitPointsParallel);
            System.out.printf(
                    Locale.ROOT,
                    "ratio PostGIS/SIT, lines:  %.2fx (1 thread), %.2fx (all cores)%n",
                    pgLines / sitLines,
                    pgLines / sitLinesParallel);
        }
    }

    /** Links every geometry; returns the number of shares, so the work cannot be optimised away. */
    private static long link(TerritorySplit split, List<Geometry> geometries, boolean parallel) {
        IntStream range = IntStream.range(0, geometries.size());
        return (parallel ? range.parallel() : range)
                .mapToLong(i -> split.split(geometries.get(i)).shares().size())
                .sum();
    }

    /** Best of three runs, in seconds. */
    private static double best(java.util.function.LongSupplier run) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            run.getAsLong();
            best = Math.min(best, (System.nanoTime() - start) / 1e9);
        }
        return best;
    }

    private static List<TerritorySplit.Unit> communes(String path) throws Exception {
        List<TerritorySplit.Unit> out = new ArrayList<>();
        try (InputStream in = new FileInputStream(path)) {
            for (SourceFeature f : GeoJsonReader.readFeatures(in)) {
                int code = ((Number) f.properties().get("cod_comuna")).intValue();
                if (code != 0) {
                    out.add(new TerritorySplit.Unit(String.format("%05d", code), Polygons.valid(f.geometry())));
                }
            }
        }
        return out;
    }

    /** Uniform in the envelope of a random commune: most fall inside it, some in the sea or a neighbour. */
    private static List<Geometry> generatePoints(List<TerritorySplit.Unit> communes, int n, SplittableRandom r) {
        List<Geometry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Envelope e = communes.get(r.nextInt(communes.size())).geometry().getEnvelopeInternal();
            out.add(FACTORY.createPoint(new Coordinate(
                    e.getMinX() + r.nextDouble() * e.getWidth(), e.getMinY() + r.nextDouble() * e.getHeight())));
        }
        return out;
    }

    /** Roads of 5 vertices and up to about 40 km, starting in a random commune's envelope. */
    private static List<Geometry> generateLines(List<TerritorySplit.Unit> communes, int n, SplittableRandom r) {
        List<Geometry> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Envelope e = communes.get(r.nextInt(communes.size())).geometry().getEnvelopeInternal();
            double x = e.getMinX() + r.nextDouble() * e.getWidth();
            double y = e.getMinY() + r.nextDouble() * e.getHeight();
            Coordinate[] cs = new Coordinate[5];
            for (int k = 0; k < 5; k++) {
                cs[k] = new Coordinate(x, y);
                x += (r.nextDouble() - 0.5) * 0.2;
                y += (r.nextDouble() - 0.5) * 0.2;
            }
            out.add(FACTORY.createLineString(cs));
        }
        return out;
    }

    private static void load(Connection c, List<TerritorySplit.Unit> communes, List<Geometry> pts, List<Geometry> lns)
            throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("SET max_parallel_workers_per_gather = 0");
            s.execute("DROP TABLE IF EXISTS bench_commune, bench_commune_piece, bench_point, bench_line");
            s.execute("CREATE TABLE bench_commune (cut varchar(8) PRIMARY KEY, geom geometry(MultiPolygon, 4326))");
            s.execute("CREATE TABLE bench_point (id integer PRIMARY KEY, geom geometry(Point, 4326))");
            s.execute("CREATE TABLE bench_line (id integer PRIMARY KEY, geom geometry(LineString, 4326))");
        }
        copy(
                c,
                "bench_commune (cut, geom)",
                communes.stream()
                        .map(u -> u.code() + "\tSRID=4326;" + u.geometry().toText())
                        .toList());
        copy(
                c,
                "bench_point (id, geom)",
                IntStream.range(0, pts.size())
                        .mapToObj(i -> i + "\tSRID=4326;" + pts.get(i).toText())
                        .toList());
        copy(
                c,
                "bench_line (id, geom)",
                IntStream.range(0, lns.size())
                        .mapToObj(i -> i + "\tSRID=4326;" + lns.get(i).toText())
                        .toList());
        try (Statement s = c.createStatement()) {
            s.execute("CREATE INDEX ON bench_commune USING gist (geom)");
            s.execute("ANALYZE bench_commune");
            s.execute("ANALYZE bench_point");
            s.execute("ANALYZE bench_line");
        }
    }

    private static void copy(Connection c, String table, List<String> rows) throws Exception {
        String text = String.join("\n", rows) + "\n";
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY " + table + " FROM STDIN", new StringReader(text));
    }

    /** Best of three runs of a statement, in seconds (the temp table is dropped between runs). */
    private static double time(Connection c, String sql) throws Exception {
        String table =
                sql.substring(sql.indexOf("TABLE ") + 6, sql.indexOf(" AS")).strip();
        double best = Double.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            try (Statement s = c.createStatement()) {
                s.execute("DROP TABLE IF EXISTS " + table);
                long start = System.nanoTime();
                s.execute(sql);
                best = Math.min(best, (System.nanoTime() - start) / 1e9);
            }
        }
        return best;
    }
}

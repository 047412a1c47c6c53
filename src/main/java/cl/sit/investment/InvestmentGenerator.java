package cl.sit.investment;

import cl.sit.investment.InvestmentProject.YearAmount;
import cl.sit.investment.Sector.Kind;
import cl.sit.investment.Sector.Template;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Deterministic generator of ILLUSTRATIVE investment projects: the same seed, communes and anchors always
 * give the same projects, in the same order. Points cluster around anchors (urban centres) or fall anywhere
 * inside a commune; lines run between an anchor and one of its nearest anchors (roads between real urban
 * centres); polygons are small sites (150-900 m across) near an anchor. About 3 % of projects declare a
 * commune other than the one they lie in, as real registers do, so reconciliation has something to find.
 * Every project carries {@code illustrative = true}. Streams, so it scales to millions of projects.
 */
public final class InvestmentGenerator {

    /** A commune to place projects in. */
    public record Area(String cut, String name, Geometry geometry) {}

    /** A named place (urban centre) projects gather around; {@code cut} is its commune. */
    public record Anchor(String name, String cut, Point point) {}

    public static final String DATA_SOURCE =
            "Generador ilustrativo SIT (determinista, semilla %d): no son datos reales";
    static final int FIRST_YEAR = 2003;
    static final int LAST_YEAR = 2026;
    private static final double METRES_PER_DEGREE = 111_320;
    private static final int NEIGHBOURS = 3;
    private static final List<String> EARLY_STAGES = List.of("idea", "perfil", "prefactibilidad", "diseño");

    private final long seed;
    private final String region;
    private final List<Area> areas;
    private final List<PreparedGeometry> prepared;
    private final Map<String, Integer> areaIndex = new HashMap<>();
    private final List<Anchor> anchors;
    private final List<List<Anchor>> nearest;
    private final int totalWeight;

    /**
     * @param seed generator seed
     * @param region region name for institutions (e.g. "Los Ríos"), or null
     * @param areas communes; order does not matter (sorted by CUT)
     * @param anchors urban centres; communes without one get their interior point as anchor
     */
    public InvestmentGenerator(long seed, String region, List<Area> areas, List<Anchor> anchors) {
        if (areas.isEmpty()) {
            throw new IllegalArgumentException("The generator needs at least one commune");
        }
        this.seed = seed;
        this.region = region;
        this.areas = areas.stream().sorted(Comparator.comparing(Area::cut)).toList();
        this.prepared = this.areas.stream()
                .map(a -> PreparedGeometryFactory.prepare(a.geometry()))
                .toList();
        for (int i = 0; i < this.areas.size(); i++) {
            areaIndex.put(this.areas.get(i).cut(), i);
        }
        this.anchors = withCommuneAnchors(this.areas, anchors);
        this.nearest = this.anchors.stream().map(this::nearestOthers).toList();
        int w = 0;
        for (Programme p : Programme.values()) {
            w += p.weight;
        }
        this.totalWeight = w;
    }

    public List<InvestmentProject> generate(int count) {
        List<InvestmentProject> out = new ArrayList<>(count);
        generate(count, out::add);
        return out;
    }

    public void generate(int count, Consumer<InvestmentProject> sink) {
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            sink.accept(project(i, random));
        }
    }

    private InvestmentProject project(int index, SplittableRandom r) {
        Programme programme = programme(r);
        Sector sector = programme.sectors.get(r.nextInt(programme.sectors.size()));
        Template template = sector.templates.get(r.nextInt(sector.templates.size()));
        int anchorIndex = r.nextInt(anchors.size());
        Anchor anchor = anchors.get(anchorIndex);
        Geometry geometry;
        String name;
        String commune = anchor.cut();
        if (template.kind() == Kind.LINE && !nearest.get(anchorIndex).isEmpty()) {
            List<Anchor> options = nearest.get(anchorIndex);
            Anchor to = options.get(r.nextInt(options.size()));
            geometry = road(anchor.point().getCoordinate(), to.point().getCoordinate(), r);
            name = String.format(template.pattern(), anchor.name(), to.name());
        } else {
            boolean rural = template.kind() != Kind.POLYGON && r.nextDouble() < 0.3;
            int areaIndex = rural ? r.nextInt(areas.size()) : areaIndexOf(anchor.cut());
            Coordinate at = rural ? anywhereIn(areaIndex, r) : near(anchor, areaIndex, r);
            commune = areas.get(areaIndex).cut();
            geometry = template.kind() == Kind.POLYGON ? site(at, r) : factory().createPoint(at);
            String place = rural ? "sector rural de " + areas.get(areaIndex).name() : anchor.name();
            // Extra arguments are ignored, so a line pattern used for a point (one lone anchor) still reads.
            name = String.format(template.pattern(), place, place);
        }
        String declared =
                r.nextDouble() < 0.03 ? areas.get(r.nextInt(areas.size())).cut() : commune;
        int start = FIRST_YEAR + r.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        int end = Math.min(LAST_YEAR, start + r.nextInt(5));
        String communeName = areas.get(areaIndexOf(commune)).name();
        String stage = stage(start, end, r);
        // A finished project went through execution: its stage is ejecución and its status terminado.
        String status = stage.equals("terminado") ? "terminado" : stage.equals("ejecución") ? "en ejecución" : null;
        stage = status == null ? stage : "ejecución";
        long cost = cost(programme, template.kind(), r);
        return new InvestmentProject(
                bipCode(index),
                name,
                programme.label,
                programme.fundingSource,
                sector.label,
                stage,
                status,
                programme.institution(communeName, region),
                sector.axis,
                cost,
                start,
                end,
                declared,
                String.format(DATA_SOURCE, seed),
                true,
                geometry,
                amounts(cost, start, end, stage, status));
    }

    private Programme programme(SplittableRandom r) {
        int pick = r.nextInt(totalWeight);
        for (Programme p : Programme.values()) {
            pick -= p.weight;
            if (pick < 0) {
                return p;
            }
        }
        throw new IllegalStateException("unreachable");
    }

    /** Finished projects are mostly "terminado"; current ones in execution; future ones at an early stage. */
    private static String stage(int start, int end, SplittableRandom r) {
        if (end < LAST_YEAR - 1) {
            return r.nextDouble() < 0.9 ? "terminado" : "ejecución";
        }
        if (start >= LAST_YEAR - 1) {
            return EARLY_STAGES.get(r.nextInt(EARLY_STAGES.size()));
        }
        return r.nextDouble() < 0.7 ? "ejecución" : "diseño";
    }

    /**
     * The cost spread evenly over the project's years (the remainder in the last one). Spent: everything for a
     * finished project (status terminado); for one in execution, the past years and half of the current one;
     * nothing otherwise.
     */
    static List<YearAmount> amounts(long costClp, int start, int end, String stage, String status) {
        int years = end - start + 1;
        long perYear = costClp / years;
        List<YearAmount> out = new ArrayList<>(years);
        for (int y = start; y <= end; y++) {
            long programmed = y == end ? costClp - perYear * (years - 1) : perYear;
            long spent = "terminado".equals(status)
                    ? programmed
                    : switch (stage) {
                        case "ejecución" -> y < LAST_YEAR ? programmed : programmed / 2;
                        default -> 0;
                    };
            out.add(new YearAmount(y, programmed, spent));
        }
        return out;
    }

    /** Log-uniform within the programme's range, lines twice as dear; rounded to thousands of pesos. */
    private static long cost(Programme p, Kind kind, SplittableRandom r) {
        double logMin = Math.log(p.minCostClp);
        double logMax = Math.log(p.maxCostClp);
        double clp = Math.exp(logMin + r.nextDouble() * (logMax - logMin)) * (kind == Kind.LINE ? 2 : 1);
        return Math.round(clp / 1000.0) * 1000L;
    }

    /** A BIP-like code: 8 digits and a modulo-11 check digit; unique per index. */
    static String bipCode(int index) {
        long number = 30_100_000L + index;
        int sum = 0;
        int factor = 2;
        for (long n = number; n > 0; n /= 10) {
            sum += (int) (n % 10) * factor;
            factor = factor == 7 ? 2 : factor + 1;
        }
        int check = (11 - sum % 11) % 11;
        return number + "-" + (check == 10 ? "K" : Integer.toString(check));
    }

    /** A slightly bent road: start, a displaced midpoint, end, with 8 segments in all. */
    private Geometry road(Coordinate a, Coordinate b, SplittableRandom r) {
        double bend = (r.nextDouble() - 0.5) * 0.2;
        Coordinate mid = new Coordinate((a.x + b.x) / 2 - (b.y - a.y) * bend, (a.y + b.y) / 2 + (b.x - a.x) * bend);
        Coordinate[] path = new Coordinate[9];
        for (int i = 0; i <= 8; i++) {
            double t = i / 8.0;
            // Quadratic Bézier through the displaced midpoint: smooth, never self-crossing.
            double u = 1 - t;
            path[i] = new Coordinate(
                    u * u * a.x + 2 * u * t * mid.x + t * t * b.x, u * u * a.y + 2 * u * t * mid.y + t * t * b.y);
        }
        return factory().createLineString(path);
    }

    /** A star-shaped (hence simple) polygon of 8 vertices, 150-900 m across, centred on {@code c}. */
    private Geometry site(Coordinate c, SplittableRandom r) {
        double radius = 75 + r.nextDouble() * 375;
        double dLat = radius / METRES_PER_DEGREE;
        double dLon = dLat / Math.cos(Math.toRadians(c.y));
        Coordinate[] ring = new Coordinate[9];
        for (int i = 0; i < 8; i++) {
            double angle = 2 * Math.PI * i / 8;
            double k = 0.7 + 0.3 * r.nextDouble();
            ring[i] = new Coordinate(c.x + Math.cos(angle) * dLon * k, c.y + Math.sin(angle) * dLat * k);
        }
        ring[8] = ring[0].copy();
        return factory().createPolygon(ring);
    }

    /**
     * Within about 3 km of the anchor and inside its commune; after 20 misses, the commune's interior point
     * (an urban centre may sit on a river, which the BCN commune polygons leave out).
     */
    private Coordinate near(Anchor anchor, int areaIndex, SplittableRandom r) {
        Coordinate c = anchor.point().getCoordinate();
        for (int attempt = 0; attempt < 20; attempt++) {
            double dLat = gaussian(r) * 3000 / METRES_PER_DEGREE;
            double dLon = gaussian(r) * 3000 / METRES_PER_DEGREE / Math.cos(Math.toRadians(c.y));
            Coordinate candidate = new Coordinate(c.x + dLon, c.y + dLat);
            if (prepared.get(areaIndex).contains(factory().createPoint(candidate))) {
                return candidate;
            }
        }
        return areas.get(areaIndex).geometry().getInteriorPoint().getCoordinate();
    }

    /** Uniform inside the commune (rejection sampling on its envelope). */
    private Coordinate anywhereIn(int areaIndex, SplittableRandom r) {
        Geometry g = areas.get(areaIndex).geometry();
        var env = g.getEnvelopeInternal();
        for (int attempt = 0; attempt < 200; attempt++) {
            Coordinate candidate = new Coordinate(
                    env.getMinX() + r.nextDouble() * env.getWidth(), env.getMinY() + r.nextDouble() * env.getHeight());
            if (prepared.get(areaIndex).contains(factory().createPoint(candidate))) {
                return candidate;
            }
        }
        return g.getInteriorPoint().getCoordinate();
    }

    private static double gaussian(SplittableRandom r) {
        // Box-Muller; SplittableRandom has no nextGaussian on Java 17.
        double u = 1 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private int areaIndexOf(String cut) {
        Integer i = areaIndex.get(cut);
        if (i == null) {
            throw new IllegalArgumentException("Anchor in unknown commune " + cut);
        }
        return i;
    }

    private List<Anchor> nearestOthers(Anchor from) {
        return anchors.stream()
                .filter(a -> a != from)
                .sorted(Comparator.comparingDouble((Anchor a) -> a.point().distance(from.point()))
                        .thenComparing(Anchor::name))
                .limit(NEIGHBOURS)
                .toList();
    }

    private GeometryFactory factory() {
        return areas.get(0).geometry().getFactory();
    }

    private static List<Anchor> withCommuneAnchors(List<Area> areas, List<Anchor> given) {
        List<Anchor> out = new ArrayList<>(given.stream()
                .filter(a -> areas.stream().anyMatch(x -> x.cut().equals(a.cut())))
                .sorted(Comparator.comparing(Anchor::cut).thenComparing(Anchor::name))
                .toList());
        for (Area area : areas) {
            if (out.stream().noneMatch(a -> a.cut().equals(area.cut()))) {
                out.add(new Anchor(area.name(), area.cut(), area.geometry().getInteriorPoint()));
            }
        }
        return List.copyOf(out);
    }
}

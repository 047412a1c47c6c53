package cl.sit.analysis;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Finds projects that may repeat each other in space <em>and</em> time (the seed's complaint: programmes that
 * "overlap and repeat beneficiaries"). Two projects form a pair only when their years overlap ({@code startYear}
 * to {@code endYear}, both included); a pair whose years are disjoint is never reported. The reasons, strongest
 * first, are the {@link Reason} codes. One pair per two projects, with every reason that applies; every reason
 * needs the two within N metres, so the pairs grow with the density of projects, not with the square of a
 * commune's projects (the non-spatial "same commune, sector and years" is counted per commune, sector and year
 * instead, in the investment capability). Output-sensitive (no all-pairs loop): an STRtree of envelopes, checking
 * the years before any geometry. Pairs are kept packed
 * ({@link PairKeys}) and made, with their distance, only when read. {@link #against} applies the same rules to one
 * project and the candidate neighbours a store's indexes found (the write-time form: SIT stores the pairs when
 * projects are written). Plain Java and JTS.
 */
public final class ProgrammeOverlap {

    /** Why two projects overlap; {@link #code()} is stable (API), {@link #label(double)} is shown to people. */
    public enum Reason {
        /**
         * Different programmes, at least one commune in common, the same sector, overlapping years, and geometries
         * within N metres. (Without the distance this is a property of a commune, sector and year, not of a pair:
         * see {@code Coincidences}; as pairs it grew with the square of the projects of a commune.)
         */
        TERRITORIO_ANIOS_SECTOR(
                "territorio_anios_sector", "Misma comuna, mismo sector, años que se superponen y a menos de N m"),
        /** Different programmes, geometries within N metres (0 when they intersect), and overlapping years. */
        CERCANIA_ANIOS("cercania_anios", "A menos de N m y en años que se superponen"),
        /** The same programme, geometries within N metres, and overlapping years: a possible duplicate. */
        MISMO_PROGRAMA("mismo_programa", "Mismo programa, a menos de N m y en años que se superponen");

        private final String code;
        private final String label;

        Reason(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String code() {
            return code;
        }

        /** The Spanish label, with N replaced by the distance used. */
        public String label(double distanceM) {
            return label.replace(
                    "N m",
                    (distanceM == Math.rint(distanceM) ? Long.toString((long) distanceM) : Double.toString(distanceM))
                            + " m");
        }
    }

    /** What the analysis needs of a project. */
    public record Project(
            int id,
            String name,
            String programme,
            String sector,
            int startYear,
            int endYear,
            Set<String> communes,
            Geometry geometry) {}

    /**
     * A pair (lower id first) and why. The distance is computed when first asked for (a page of pairs needs it,
     * the hundreds of thousands of territorial pairs of a large portfolio do not).
     */
    public static final class Pair {

        private final Project a;
        private final Project b;
        private final List<Reason> reasons;
        private final Set<String> communes;
        private double distanceM;

        Pair(Project a, Project b, List<Reason> reasons, Set<String> communes) {
            this.a = a;
            this.b = b;
            this.reasons = reasons;
            this.communes = communes;
            this.distanceM = Double.NaN;
        }

        public Project a() {
            return a;
        }

        public Project b() {
            return b;
        }

        /** Every reason that applies, strongest first (never empty). */
        public List<Reason> reasons() {
            return reasons;
        }

        /** The strongest reason. */
        public Reason reason() {
            return reasons.get(0);
        }

        /** The communes both touch when they share any, otherwise those either touches. */
        public Set<String> communes() {
            return communes;
        }

        /** Geodesic distance between the geometries in metres (0 when they intersect). */
        public double distanceM() {
            if (Double.isNaN(distanceM)) {
                distanceM = ConservationScreen.distanceM(a.geometry(), b.geometry());
            }
            return distanceM;
        }

        @Override
        public String toString() {
            return a.id() + "-" + b.id() + " " + reasons;
        }
    }

    /** Strongest reason first, then the ids. */
    public static final Comparator<Pair> ORDER = Comparator.comparing(Pair::reason)
            .thenComparingInt((Pair p) -> p.a().id())
            .thenComparingInt(p -> p.b().id());

    private static final double METRES_PER_DEGREE = 111_320;
    /** Relative error an equirectangular estimate within a 1-degree band stays under, up to 20 km (generous). */
    private static final double SURE = 0.03;

    /** Reasons as bits (1 << ordinal) to the list of them, strongest first: pairs share these lists. */
    private static final List<List<Reason>> COMBINATIONS = combinations();

    private ProgrammeOverlap() {}

    private static List<List<Reason>> combinations() {
        List<List<Reason>> out = new ArrayList<>();
        for (int bits = 0; bits < 1 << Reason.values().length; bits++) {
            List<Reason> reasons = new ArrayList<>();
            for (Reason r : Reason.values()) {
                if ((bits & bit(r)) != 0) {
                    reasons.add(r);
                }
            }
            out.add(List.copyOf(reasons));
        }
        return out;
    }

    /**
     * Every pair, sorted by {@link #ORDER}. The list is a read-only view that makes each pair when asked for it;
     * ids must lie in 0..2^30-1.
     */
    public static List<Pair> find(List<Project> projects, double distanceM) {
        PairKeys keys = new PairKeys();
        byDistance(projects, distanceM, keys);
        int n = keys.settle();
        Map<Integer, Project> byId = new HashMap<>();
        projects.forEach(p -> byId.put(p.id(), p));
        return new AbstractList<>() {
            @Override
            public Pair get(int i) {
                Objects.checkIndex(i, n);
                Project a = byId.get(keys.low(i));
                Project b = byId.get(keys.high(i));
                return new Pair(a, b, COMBINATIONS.get(keys.bits(i)), communes(a, b));
            }

            @Override
            public int size() {
                return n;
            }
        };
    }

    private static boolean yearsOverlap(Project a, Project b) {
        return a.startYear() <= b.endYear() && b.startYear() <= a.endYear();
    }

    /**
     * An STRtree of envelopes widened by the distance; years checked before any geometry (see {@link #near}).
     */
    private static void byDistance(List<Project> projects, double distanceM, PairKeys keys) {
        STRtree index = new STRtree();
        for (Project p : projects) {
            index.insert(p.geometry().getEnvelopeInternal(), p);
        }
        Map<Long, Geometry> scaled = new HashMap<>();
        for (Project a : projects) {
            Envelope search = SearchEnvelope.around(a.geometry(), distanceM);
            int band = (int) Math.floor(a.geometry().getEnvelopeInternal().centre().y);
            for (Object o : index.query(search)) {
                Project b = (Project) o;
                if (b.id() <= a.id() || !yearsOverlap(a, b)) {
                    continue;
                }
                if (near(a, b, scaled(scaled, a, band), scaled(scaled, b, band), distanceM)) {
                    keys.add(a.id(), b.id(), bits(a, b));
                }
            }
        }
    }

    /**
     * The pairs {@code p} forms with {@code candidates} (other projects; those that cannot pair are skipped), by the
     * rules of {@link #find}: the write-time form, for one project against neighbours a store's index found (those
     * near its {@link SearchEnvelope#around}). Pairs have the lower id first.
     */
    public static List<Pair> against(Project p, Collection<Project> candidates, double distanceM) {
        List<Pair> out = new ArrayList<>();
        Map<Long, Geometry> scaled = new HashMap<>();
        for (Project c : candidates) {
            if (c.id() == p.id() || !yearsOverlap(p, c)) {
                continue;
            }
            // The band of the lower id, as find takes it: the same pair gets the same answer from either side.
            int band = (int) Math.floor(
                    (p.id() < c.id() ? p : c).geometry().getEnvelopeInternal().centre().y);
            if (near(p, c, scaled(scaled, p, band), scaled(scaled, c, band), distanceM)) {
                int bits = bits(p, c);
                Project a = p.id() < c.id() ? p : c;
                Project b = a == p ? c : p;
                out.add(new Pair(a, b, COMBINATIONS.get(bits), communes(a, b)));
            }
        }
        out.sort(ORDER);
        return out;
    }

    /** The reasons of two near projects whose years overlap. */
    private static int bits(Project a, Project b) {
        if (a.programme().equals(b.programme())) {
            return bit(Reason.MISMO_PROGRAMA);
        }
        int bits = bit(Reason.CERCANIA_ANIOS);
        if (a.sector().equals(b.sector()) && !Collections.disjoint(a.communes(), b.communes())) {
            bits |= bit(Reason.TERRITORIO_ANIOS_SECTOR);
        }
        return bits;
    }

    /**
     * Whether the geometries lie within {@code distanceM}. Distances are first estimated on copies scaled once per
     * project and 1-degree latitude band (equirectangular, {@code sa} and {@code sb}); only estimates within
     * {@link #SURE} of the distance are measured geodesically, so the decision is the geodesic one.
     */
    private static boolean near(Project a, Project b, Geometry sa, Geometry sb, double distanceM) {
        if (sa.getEnvelopeInternal().distance(sb.getEnvelopeInternal()) * METRES_PER_DEGREE > distanceM * (1 + SURE)) {
            return false;
        }
        double estimate = (sa instanceof Point pa && sb instanceof Point pb
                        ? pa.getCoordinate().distance(pb.getCoordinate())
                        : DistanceOp.distance(sa, sb))
                * METRES_PER_DEGREE;
        double m = estimate > distanceM * (1 + SURE) || estimate < distanceM * (1 - SURE)
                ? Double.NaN
                : ConservationScreen.distanceM(a.geometry(), b.geometry());
        return Double.isNaN(m) ? estimate < distanceM : m <= distanceM;
    }

    /** The project's geometry with longitudes scaled by the cosine of the band's middle latitude (cached). */
    private static Geometry scaled(Map<Long, Geometry> cache, Project p, int band) {
        return cache.computeIfAbsent(((long) p.id() << 16) ^ (band & 0xffff), k -> AffineTransformation.scaleInstance(
                        Math.cos(Math.toRadians(band + 0.5)), 1)
                .transform(p.geometry()));
    }

    /** The communes both touch when they share any, otherwise those either touches (shared when equal). */
    private static Set<String> communes(Project a, Project b) {
        if (a.communes().equals(b.communes())) {
            return a.communes();
        }
        Set<String> communes = new TreeSet<>(a.communes());
        communes.retainAll(b.communes());
        if (communes.isEmpty()) {
            communes.addAll(a.communes());
            communes.addAll(b.communes());
        }
        return communes;
    }

    private static int bit(Reason r) {
        return 1 << r.ordinal();
    }
}

package cl.sit.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Finds projects of different programmes that may repeat each other (the seed's complaint: programmes that
 * "overlap and repeat beneficiaries"):
 * <ul>
 *   <li>{@code territorio_anios_sector}: they share a commune, their years overlap and their sector is the same;</li>
 *   <li>{@code geometria}: their geometries intersect or lie within a distance (geodesic metres).</li>
 * </ul>
 * Projects of the same programme are never paired. Plain Java and JTS.
 */
public final class ProgrammeOverlap {

    /** What the analysis needs of a project. */
    public record Project(int id, String name, String programme, String sector, int startYear, int endYear,
            Set<String> communes, Geometry geometry) {}

    /**
     * A pair (lower id first) and why.
     *
     * @param reason {@code territorio_anios_sector} or {@code geometria}
     * @param communes communes both touch (for the territorial reason), or those either touches
     * @param distanceM geodesic distance between the geometries (0 when they intersect)
     */
    public record Pair(Project a, Project b, String reason, Set<String> communes, double distanceM) {}

    private static final double METRES_PER_DEGREE = 111_320;

    private ProgrammeOverlap() {}

    public static List<Pair> find(List<Project> projects, double distanceM) {
        List<Pair> pairs = new ArrayList<>(byTerritory(projects));
        pairs.addAll(byGeometry(projects, distanceM));
        pairs.sort(Comparator.comparingInt((Pair p) -> p.a().id()).thenComparingInt(p -> p.b().id())
                .thenComparing(Pair::reason));
        return pairs;
    }

    private static List<Pair> byTerritory(List<Project> projects) {
        Map<String, List<Project>> bySectorAndCommune = new TreeMap<>();
        for (Project p : projects) {
            for (String c : p.communes()) {
                bySectorAndCommune.computeIfAbsent(p.sector() + '\u0000' + c, k -> new ArrayList<>()).add(p);
            }
        }
        Map<Long, Pair> pairs = new HashMap<>();
        for (List<Project> group : bySectorAndCommune.values()) {
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    Project a = group.get(i);
                    Project b = group.get(j);
                    if (!a.programme().equals(b.programme()) && a.startYear() <= b.endYear()
                            && b.startYear() <= a.endYear()) {
                        Project lo = a.id() < b.id() ? a : b;
                        Project hi = lo == a ? b : a;
                        Set<String> shared = new TreeSet<>(lo.communes());
                        shared.retainAll(hi.communes());
                        pairs.putIfAbsent(key(lo, hi), new Pair(lo, hi, "territorio_anios_sector", shared,
                                ConservationScreen.distanceM(lo.geometry(), hi.geometry())));
                    }
                }
            }
        }
        return new ArrayList<>(pairs.values());
    }

    private static List<Pair> byGeometry(List<Project> projects, double distanceM) {
        STRtree index = new STRtree();
        for (Project p : projects) {
            index.insert(p.geometry().getEnvelopeInternal(), p);
        }
        List<Pair> out = new ArrayList<>();
        for (Project a : projects) {
            Envelope search = a.geometry().getEnvelopeInternal().copy();
            double cosLat = Math.max(Math.cos(Math.toRadians(search.centre().y)), 0.01);
            search.expandBy(distanceM / METRES_PER_DEGREE / cosLat, distanceM / METRES_PER_DEGREE);
            for (Object o : index.query(search)) {
                Project b = (Project) o;
                if (b.id() <= a.id() || a.programme().equals(b.programme())) {
                    continue;
                }
                double m = a.geometry().intersects(b.geometry()) ? 0
                        : ConservationScreen.distanceM(a.geometry(), b.geometry());
                if (m <= distanceM) {
                    Set<String> communes = new TreeSet<>(a.communes());
                    communes.addAll(b.communes());
                    out.add(new Pair(a, b, "geometria", communes, m));
                }
            }
        }
        return out;
    }

    private static long key(Project a, Project b) {
        return ((long) a.id() << 32) | (b.id() & 0xffffffffL);
    }
}

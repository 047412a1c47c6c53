package cl.sit.regionalization;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Which units are neighbours: an undirected graph over units {@code 0..size-1}, each link carrying why it exists
 * (a shared border, a shared vertex only, closeness across water, or the nearest-unit link that joins an island).
 * Immutable.
 */
public final class UnitGraph {

    /** Why two units are neighbours. */
    public enum Kind {
        /** They share a stretch of border (rook and queen). */
        FRONTERA,
        /** They touch at points only (queen). */
        VERTICE,
        /** They do not touch but lie within the distance threshold (e.g. across a bay or a river). */
        DISTANCIA,
        /** The closest pair between a group of units cut off from the rest (an island) and the rest. */
        CERCANA
    }

    /**
     * A link between units {@code a < b}.
     *
     * @param distanceM geodesic distance in metres between their closest points (0 when they touch)
     */
    public record Link(int a, int b, Kind kind, double distanceM) {}

    private final int size;
    private final List<Link> links;
    private final int[][] neighbours;

    public UnitGraph(int size, List<Link> links) {
        this.size = size;
        this.links = List.copyOf(links);
        List<List<Integer>> adj = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            adj.add(new ArrayList<>());
        }
        for (Link l : links) {
            if (l.a() == l.b() || l.a() < 0 || l.b() >= size || l.a() >= size || l.b() < 0) {
                throw new IllegalArgumentException("bad link " + l);
            }
            if (!adj.get(l.a()).contains(l.b())) {
                adj.get(l.a()).add(l.b());
                adj.get(l.b()).add(l.a());
            }
        }
        neighbours = new int[size][];
        for (int i = 0; i < size; i++) {
            neighbours[i] =
                    adj.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
        }
    }

    /** A graph from plain pairs, all of kind {@link Kind#FRONTERA} (for tests and synthetic graphs). */
    public static UnitGraph of(int size, int[]... pairs) {
        List<Link> links = new ArrayList<>();
        for (int[] p : pairs) {
            links.add(new Link(Math.min(p[0], p[1]), Math.max(p[0], p[1]), Kind.FRONTERA, 0));
        }
        return new UnitGraph(size, links);
    }

    public int size() {
        return size;
    }

    public List<Link> links() {
        return links;
    }

    /** Neighbours of unit {@code i}, ascending. */
    public int[] neighbours(int i) {
        return neighbours[i];
    }

    public boolean adjacent(int a, int b) {
        return Arrays.binarySearch(neighbours[a], b) >= 0;
    }

    /** Connected components: for each unit, the index of its component (numbered from 0 by lowest unit). */
    public int[] components() {
        int[] comp = new int[size];
        Arrays.fill(comp, -1);
        int next = 0;
        for (int s = 0; s < size; s++) {
            if (comp[s] < 0) {
                fill(s, next++, comp, null);
            }
        }
        return comp;
    }

    /** Whether the units with {@code label[i] == region} form one connected piece (an empty region is not). */
    public boolean connected(int[] label, int region) {
        int first = -1;
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (label[i] == region) {
                count++;
                first = first < 0 ? i : first;
            }
        }
        if (first < 0) {
            return false;
        }
        int[] seen = new int[size];
        Arrays.fill(seen, -1);
        return fill(first, 0, seen, u -> label[u] == region) == count;
    }

    /** Breadth-first fill from {@code start} over units accepted by {@code keep}; returns how many were reached. */
    private int fill(int start, int mark, int[] marks, java.util.function.IntPredicate keep) {
        Deque<Integer> queue = new ArrayDeque<>();
        marks[start] = mark;
        queue.add(start);
        int reached = 0;
        while (!queue.isEmpty()) {
            int u = queue.poll();
            reached++;
            for (int v : neighbours[u]) {
                if (marks[v] < 0 && (keep == null || keep.test(v))) {
                    marks[v] = mark;
                    queue.add(v);
                }
            }
        }
        return reached;
    }
}

package cl.sit.regionalization;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * SKATER (Assunção, Neves, Câmara and Freitas 2006): the minimum spanning tree of the neighbour graph, with edges
 * weighted by the Euclidean distance between the units' standardised vectors, cut {@code k - 1} times; each cut is
 * the tree edge whose removal lowers the within-region sum of squares the most, among the cuts that leave both sides
 * with at least {@code minSize} units and (when given) above the floor. Every region is a subtree, hence contiguous.
 * Greedy and deterministic (ties go to the lowest unit), so the regions for {@code k + 1} are those for {@code k}
 * with one more cut, and the within-region sum of squares never grows with {@code k}. When no allowed cut remains,
 * fewer than {@code k} regions are returned.
 */
public final class Skater {

    private Skater() {}

    /** The partition into (at most) {@code k} regions; a graph in several pieces starts with one region each. */
    public static Partition partition(UnitGraph graph, double[][] z, int k, int minSize, Floor floor) {
        int n = graph.size();
        List<TreeSet<Integer>> tree = spanningTree(graph, z);
        int[] label = new int[n];
        Arrays.fill(label, -1);
        int regions = 0;
        for (int s = 0; s < n; s++) {
            if (label[s] < 0) {
                for (int u : subtree(tree, s)) {
                    label[u] = regions;
                }
                regions++;
            }
        }
        while (regions < k) {
            Cut best = null;
            for (int r = 0; r < regions; r++) {
                Cut c = bestCut(tree, label, r, z, Math.max(1, minSize), floor);
                if (c != null && (best == null || c.reduction() > best.reduction() + 1e-12)) {
                    best = c;
                }
            }
            if (best == null) {
                break;
            }
            tree.get(best.child()).remove(best.parent());
            tree.get(best.parent()).remove(best.child());
            for (int u : subtree(tree, best.child())) {
                label[u] = regions;
            }
            regions++;
        }
        return Partition.of(label);
    }

    /** Removing the edge child–parent splits off the subtree under {@code child}. */
    private record Cut(int child, int parent, double reduction) {}

    private static Cut bestCut(
            List<TreeSet<Integer>> tree, int[] label, int region, double[][] z, int minSize, Floor floor) {
        int root = -1;
        for (int i = 0; i < label.length && root < 0; i++) {
            root = label[i] == region ? i : -1;
        }
        int d = z[0].length;
        int[] parent = new int[label.length];
        List<Integer> order = preorder(tree, root, parent);
        Moments[] sub = new Moments[label.length];
        double[] floorSum = new double[label.length];
        for (int i = order.size() - 1; i >= 0; i--) {
            int u = order.get(i);
            sub[u] = sub[u] == null ? new Moments(d) : sub[u];
            sub[u].add(z[u]);
            floorSum[u] += floor == null ? 0 : floor.value(u);
            if (parent[u] >= 0) {
                sub[parent[u]] = sub[parent[u]] == null ? new Moments(d) : sub[parent[u]];
                sub[parent[u]].addAll(sub[u]);
                floorSum[parent[u]] += floorSum[u];
            }
        }
        Moments all = sub[root];
        Cut best = null;
        for (int u : order) {
            if (u == root) {
                continue;
            }
            Moments part = sub[u];
            if (part.size() < minSize || all.size() - part.size() < minSize) {
                continue;
            }
            if (floor != null
                    && (floorSum[u] < floor.threshold() || floorSum[root] - floorSum[u] < floor.threshold())) {
                continue;
            }
            double reduction = all.ssd() - part.ssd() - all.ssdWithout(part);
            if (best == null || reduction > best.reduction() + 1e-12) {
                best = new Cut(u, parent[u], reduction);
            }
        }
        return best;
    }

    /** Kruskal over the graph's links, shortest first, ties by unit numbers. */
    static List<TreeSet<Integer>> spanningTree(UnitGraph graph, double[][] z) {
        record Edge(int a, int b, double w) {}
        List<Edge> edges = new ArrayList<>();
        for (UnitGraph.Link l : graph.links()) {
            edges.add(new Edge(l.a(), l.b(), distance(z[l.a()], z[l.b()])));
        }
        edges.sort(Comparator.comparingDouble(Edge::w).thenComparingInt(Edge::a).thenComparingInt(Edge::b));
        int[] root = new int[graph.size()];
        Arrays.setAll(root, i -> i);
        List<TreeSet<Integer>> tree = new ArrayList<>();
        for (int i = 0; i < graph.size(); i++) {
            tree.add(new TreeSet<>());
        }
        for (Edge e : edges) {
            int ra = find(root, e.a());
            int rb = find(root, e.b());
            if (ra != rb) {
                root[Math.max(ra, rb)] = Math.min(ra, rb);
                tree.get(e.a()).add(e.b());
                tree.get(e.b()).add(e.a());
            }
        }
        return tree;
    }

    private static int find(int[] root, int i) {
        while (root[i] != i) {
            root[i] = root[root[i]];
            i = root[i];
        }
        return i;
    }

    static double distance(double[] a, double[] b) {
        double s = 0;
        for (int k = 0; k < a.length; k++) {
            s += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(s);
    }

    /** Units reached from {@code start} along the tree's remaining edges. */
    private static List<Integer> subtree(List<TreeSet<Integer>> tree, int start) {
        int[] parent = new int[tree.size()];
        return preorder(tree, start, parent);
    }

    /** Depth-first order from {@code root}, filling {@code parent} (−1 for the root). */
    private static List<Integer> preorder(List<TreeSet<Integer>> tree, int root, int[] parent) {
        List<Integer> order = new ArrayList<>();
        Arrays.fill(parent, -2);
        parent[root] = -1;
        java.util.Deque<Integer> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            int u = stack.pop();
            order.add(u);
            for (int v : tree.get(u).descendingSet()) {
                if (parent[v] == -2) {
                    parent[v] = u;
                    stack.push(v);
                }
            }
        }
        return order;
    }
}

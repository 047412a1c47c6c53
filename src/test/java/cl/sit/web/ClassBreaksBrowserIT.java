package cl.sit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The class-break functions of js/clases.js, run in Chromium as the map runs them. Natural breaks are checked
 * against a brute-force optimum computed here in Java (every way of cutting the sorted values into contiguous
 * classes), on fixed cases and on 300 random ones with ties.
 */
class ClassBreaksBrowserIT extends AbstractBrowserIT {

    @BeforeEach
    void openAPage() {
        driver.get(url("/territorios"));
    }

    @Test
    void naturalBreaksOfAClassicCase() {
        assertThat(breaks("jenks", List.of(1, 2, 3, 10, 11, 12, 20, 21, 22), 3)).containsExactly(1.0, 3.0, 12.0, 22.0);
        assertThat(breaks("jenks", List.of(22, 1, 11, 3, 20, 2, 12, 10, 21), 3))
                .as("order does not matter")
                .containsExactly(1.0, 3.0, 12.0, 22.0);
        assertThat(breaks("jenks", List.of(5, 5, 5), 4))
                .as("one value: one class")
                .containsExactly(5.0, 5.0);
        assertThat(breaks("jenks", List.of(1, 1, 2, 2, 9), 5))
                .as("never more classes than distinct values")
                .containsExactly(1.0, 1.0, 2.0, 9.0);
        assertThat(breaks("jenks", List.of(), 5)).isEmpty();
    }

    @Test
    void naturalBreaksAreOptimalOnRandomValuesWithTies() {
        Random random = new Random(20260424);
        List<List<Double>> cases = new ArrayList<>();
        List<Integer> ks = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int n = 1 + random.nextInt(12);
            int spread = random.nextBoolean() ? 8 : 1000; // few distinct values (ties) or many
            List<Double> values = new ArrayList<>();
            for (int j = 0; j < n; j++) {
                values.add((double) random.nextInt(spread));
            }
            cases.add(values);
            ks.add(1 + random.nextInt(6));
        }
        @SuppressWarnings("unchecked")
        List<List<Number>> results = (List<List<Number>>) asyncJs(
                "var done = arguments[arguments.length - 1], cases = arguments[0], ks = arguments[1];"
                        + "import(arguments[2]).then(function (m) {"
                        + "  done(cases.map(function (values, i) { return m.jenksBreaks(values, ks[i]); }));"
                        + "});",
                cases,
                ks,
                url("/js/clases.js"));
        for (int i = 0; i < cases.size(); i++) {
            double[] values = cases.get(i).stream()
                    .mapToDouble(Double::doubleValue)
                    .sorted()
                    .toArray();
            double[] b =
                    results.get(i).stream().mapToDouble(Number::doubleValue).toArray();
            long distinct = Arrays.stream(values).distinct().count();
            String label =
                    "case " + i + " " + Arrays.toString(values) + " k=" + ks.get(i) + " breaks " + Arrays.toString(b);
            assertThat(b.length - 1).as(label).isEqualTo((int) Math.min(ks.get(i), distinct));
            assertThat(b[0]).as(label).isEqualTo(values[0]);
            assertThat(b[b.length - 1]).as(label).isEqualTo(values[values.length - 1]);
            assertThat(deviation(values, b))
                    .as(label)
                    .isCloseTo(optimum(values, b.length - 1), offset(1e-6 * (1 + optimum(values, b.length - 1))));
        }
    }

    @Test
    void quantilesSplitIntoEqualCountsAndKeepTiesTogether() {
        List<Integer> twelve = List.of(12, 3, 7, 1, 9, 5, 11, 2, 8, 4, 10, 6);
        assertThat(counts(twelve, breaks("cuantiles", twelve, 4))).containsExactly(3, 3, 3, 3);
        assertThat(counts(twelve, breaks("cuantiles", twelve, 5))).containsExactly(3, 2, 3, 2, 2);
        List<Integer> zeros = List.of(0, 0, 0, 0, 5, 10);
        assertThat(breaks("cuantiles", zeros, 3))
                .as("many zeros: a class of zeros, then the rest")
                .containsExactly(0.0, 0.0, 10.0);
        assertThat(breaks("cuantiles", List.of(7, 7, 7), 5)).containsExactly(7.0, 7.0);
    }

    @Test
    void classOfPutsAValueInTheClassWhoseUpperBoundReachesIt() {
        @SuppressWarnings("unchecked")
        Map<String, Object> r = (Map<String, Object>) asyncJs(
                "var done = arguments[arguments.length - 1];"
                        + "import(arguments[0]).then(function (m) {"
                        + "  var b = [1, 3, 12, 22];"
                        + "  done({low: m.classOf(1, b), edge: m.classOf(3, b), next: m.classOf(3.5, b), top: m.classOf(22, b),"
                        + "    above: m.classOf(30, b), missing: m.classOf(null, b), nan: m.classOf(NaN, b),"
                        + "    single: m.classOf(5, [5, 5]), palettes: [1, 2, 3, 4, 5, 6, 7].map(function (n) {"
                        + "      return m.palette(n).length; })});"
                        + "});",
                url("/js/clases.js"));
        assertThat(r)
                .containsEntry("low", 0L)
                .containsEntry("edge", 0L)
                .containsEntry("next", 1L)
                .containsEntry("top", 2L)
                .containsEntry("above", 2L)
                .containsEntry("missing", -1L)
                .containsEntry("nan", -1L)
                .containsEntry("single", 0L);
        assertThat(r.get("palettes")).isEqualTo(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L));
    }

    private List<Double> breaks(String method, List<? extends Number> values, int k) {
        @SuppressWarnings("unchecked")
        List<Number> out = (List<Number>) asyncJs(
                "var a = arguments, done = a[a.length - 1];"
                        + "import(a[3]).then(function (m) { done(m.classBreaks(a[0], a[1], a[2])); });",
                method,
                values,
                k,
                url("/js/clases.js"));
        return out.stream().map(Number::doubleValue).toList();
    }

    /** How many values fall in each class, with the rule of classOf (upper bounds inclusive). */
    private static List<Integer> counts(List<Integer> values, List<Double> breaks) {
        int[] counts = new int[breaks.size() - 1];
        for (int v : values) {
            int c = 0;
            while (c < counts.length - 1 && v > breaks.get(c + 1)) {
                c++;
            }
            counts[c]++;
        }
        return Arrays.stream(counts).boxed().toList();
    }

    /** Total squared deviation from the class means when sorted values are classed by {@code breaks}. */
    private static double deviation(double[] sorted, double[] breaks) {
        List<List<Double>> classes = new ArrayList<>();
        for (int i = 0; i < breaks.length - 1; i++) {
            classes.add(new ArrayList<>());
        }
        for (double v : sorted) {
            int c = 0;
            while (c < classes.size() - 1 && v > breaks[c + 1]) {
                c++;
            }
            classes.get(c).add(v);
        }
        double sum = 0;
        for (List<Double> members : classes) {
            assertThat(members)
                    .as("no empty class for breaks %s", Arrays.toString(breaks))
                    .isNotEmpty();
            sum += ssd(members.stream().mapToDouble(Double::doubleValue).toArray(), 0, members.size());
        }
        return sum;
    }

    /** The least total squared deviation over every cut of the sorted values into k contiguous classes. */
    private static double optimum(double[] sorted, int k) {
        return best(sorted, 0, k);
    }

    private static double best(double[] v, int from, int k) {
        if (k == 1) {
            return ssd(v, from, v.length);
        }
        double best = Double.POSITIVE_INFINITY;
        for (int end = from + 1; end <= v.length - (k - 1); end++) {
            best = Math.min(best, ssd(v, from, end) + best(v, end, k - 1));
        }
        return best;
    }

    private static double ssd(double[] v, int from, int to) {
        double mean = 0;
        for (int i = from; i < to; i++) {
            mean += v[i];
        }
        mean /= to - from;
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += (v[i] - mean) * (v[i] - mean);
        }
        return sum;
    }
}

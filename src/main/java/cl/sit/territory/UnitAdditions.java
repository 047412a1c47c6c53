package cl.sit.territory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What projects just inserted add to their units' kept investment ({@code investment_unit_year},
 * {@code investment_unit_summary}, {@code investment_commune_programme}), summed in memory from their memberships
 * and amounts: the arithmetic of {@code insert-unit-years.sql}, {@code insert-unit-summaries.sql} and
 * {@code insert-commune-programmes.sql} over those projects only. Joining the memberships and amounts in SQL took
 * 27 s per 100,000 projects on H2 at 500,000 stored; the sums here take well under a second and leave one row per
 * unit and year (per commune, sector, year and programme) to write. Rows come out sorted by key, so two writers
 * lock them in the same order.
 */
final class UnitAdditions {

    /** One year of a project's amounts (CLP). */
    record Year(int anio, long programado, long ejecutado) {}

    /**
     * What of a project its units add up.
     *
     * @param outside its part outside every commune ({@code investment_link.parte_sin_comuna}, 0 when unlinked)
     */
    record Project(String sector, String programa, double outside, List<Year> years) {

        /** Programmed and spent amounts over all years. */
        long[] totals() {
            long[] out = new long[2];
            for (Year y : years) {
                out[0] += y.programado();
                out[1] += y.ejecutado();
            }
            return out;
        }
    }

    private record UnitYear(String unit, int anio) {}

    private record Programme(String comuna, String sector, int anio, String programa) {}

    private static final Comparator<UnitYear> UNIT_YEAR =
            Comparator.comparing(UnitYear::unit).thenComparingInt(UnitYear::anio);
    private static final Comparator<Programme> PROGRAMME = Comparator.comparing(Programme::comuna)
            .thenComparing(Programme::sector)
            .thenComparingInt(Programme::anio)
            .thenComparing(Programme::programa);

    private final Map<UnitYear, double[]> years = new TreeMap<>(UNIT_YEAR);
    private final Map<String, int[]> memberships = new TreeMap<>();
    private final Map<Programme, int[]> programmes = new TreeMap<>(PROGRAMME);

    /**
     * Adds one membership: the project (null when it has no amounts) belongs to {@code unit} of {@code level} with
     * {@code share} of its amounts.
     */
    void add(String unit, String level, double share, Project project) {
        memberships.computeIfAbsent(unit, u -> new int[1])[0]++;
        if (project == null) {
            return;
        }
        for (Year y : project.years()) {
            double[] sums = years.computeIfAbsent(new UnitYear(unit, y.anio()), k -> new double[4]);
            sums[0] += y.programado() * share;
            sums[1] += y.ejecutado() * share;
            sums[2] += y.programado() * project.outside();
            sums[3] += y.ejecutado() * project.outside();
            if (UnitShares.COMMUNE.equals(level)) {
                programmes
                        .computeIfAbsent(
                                new Programme(unit, project.sector(), y.anio(), project.programa()), k -> new int[1])[
                        0]++;
            }
        }
    }

    /** Rows (unidad, anio, programado, ejecutado, fuera programado, fuera ejecutado) to add to the units' years. */
    List<Object[]> yearRows() {
        List<Object[]> out = new ArrayList<>(years.size());
        years.forEach((k, s) -> out.add(new Object[] {k.unit(), k.anio(), s[0], s[1], s[2], s[3]}));
        return out;
    }

    /** Rows (unidad, memberships) to add to the units' counts. */
    List<Object[]> summaryRows() {
        List<Object[]> out = new ArrayList<>(memberships.size());
        memberships.forEach((unit, n) -> out.add(new Object[] {unit, n[0]}));
        return out;
    }

    /** Rows (comuna, sector, anio, programa, projects) to add to the communes' programmes. */
    List<Object[]> programmeRows() {
        List<Object[]> out = new ArrayList<>(programmes.size());
        programmes.forEach((k, n) -> out.add(new Object[] {k.comuna(), k.sector(), k.anio(), k.programa(), n[0]}));
        return out;
    }

    /** The cells (comuna, sector, anio) the added programmes run in, each once, in key order. */
    List<Object[]> cells() {
        List<Object[]> out = new ArrayList<>();
        Programme last = null;
        for (Programme p : programmes.keySet()) {
            if (last == null
                    || !last.comuna().equals(p.comuna())
                    || !last.sector().equals(p.sector())
                    || last.anio() != p.anio()) {
                out.add(new Object[] {p.comuna(), p.sector(), p.anio()});
            }
            last = p;
        }
        return out;
    }
}

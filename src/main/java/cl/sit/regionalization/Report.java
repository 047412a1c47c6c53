package cl.sit.regionalization;

import cl.sit.regionalization.RegionalizationDocument.FloorInfo;
import cl.sit.regionalization.RegionalizationDocument.Missing;
import cl.sit.regionalization.RegionalizationDocument.Neighbours;
import cl.sit.regionalization.RegionalizationDocument.QualityReport;
import cl.sit.regionalization.RegionalizationDocument.Region;
import cl.sit.regionalization.RegionalizationDocument.SpecialLink;
import cl.sit.regionalization.RegionalizationDocument.UnitRow;
import cl.sit.regionalization.RegionalizationDocument.VariableInfo;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Writes the result document of a regionalization: neighbours, variables, quality and each region's profile. */
final class Report {

    private Report() {}

    static RegionalizationDocument of(
            String id,
            OffsetDateTime at,
            RegionalizationRequest q,
            UnitSet set,
            UnitGraph graph,
            List<Column> columns,
            Column floorColumn,
            double[][] z,
            Partition p,
            Integer triesMade,
            List<RegionShapes.Shape> shapes,
            List<Missing> missing,
            long ms) {
        List<Unit> units = set.units();
        double within = Quality.withinSs(z, p.region(), p.count());
        double total = Quality.totalSs(z);
        List<Region> regions = new ArrayList<>();
        for (int r = 0; r < p.count(); r++) {
            regions.add(region(r, units, columns, floorColumn, z, p, shapes.get(r)));
        }
        List<UnitRow> rows = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            Map<String, Double> values = new LinkedHashMap<>();
            for (Column c : columns) {
                values.put(c.key(), c.values()[i]);
            }
            rows.add(new UnitRow(units.get(i).code(), units.get(i).name(), p.of(i) + 1, values));
        }
        String note = null;
        if (q.skater() && p.count() < q.k()) {
            note = "Se formaron " + p.count() + " regiones de las " + q.k() + " pedidas: ningún otro corte deja "
                    + "ambas partes sobre el piso o el tamaño mínimo";
        }
        if (triesMade != null && triesMade < q.tries()) {
            note = "Se hicieron " + triesMade + " de los " + q.tries() + " intentos pedidos: max-p tiene un límite de "
                    + Regionalizations.MAX_P_LIMIT.toSeconds() + " s por cálculo";
        }
        if (!missing.isEmpty()) {
            note = (note == null ? "" : note + ". ") + missing.size() + " valores faltantes reemplazados por la "
                    + "media (ver faltantes)";
        }
        return new RegionalizationDocument(
                id,
                at,
                q.method(),
                new RegionalizationDocument.Units(set.kind(), set.scope(), units.size(), set.geometry()),
                neighbours(q, units, graph),
                q.standardization() == Standardization.Method.Z ? "z" : "rango",
                variables(q, columns, missing),
                q.skater() ? q.k() : null,
                floorColumn == null
                        ? null
                        : new FloorInfo(q.floor().variable().id, floorColumn.label(), q.floorMinimum()),
                q.skater() ? q.minSize() : null,
                q.skater() ? null : q.seed(),
                q.skater() ? null : q.tries(),
                triesMade,
                p.count(),
                note,
                new QualityReport(within, total, total > 0 ? within / total : 0, Quality.explained(within, total)),
                regions,
                rows,
                missing,
                ms);
    }

    private static Region region(
            int r,
            List<Unit> units,
            List<Column> columns,
            Column floorColumn,
            double[][] z,
            Partition p,
            RegionShapes.Shape shape) {
        List<Integer> members = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            if (p.of(i) == r) {
                members.add(i);
            }
        }
        Map<String, Double> means = new LinkedHashMap<>();
        for (Column c : columns) {
            means.put(
                    c.key(),
                    members.stream().mapToDouble(i -> c.values()[i]).average().orElse(Double.NaN));
        }
        Moments m = Moments.of(z, members.stream().mapToInt(Integer::intValue).toArray());
        Double floorSum = floorColumn == null
                ? null
                : members.stream().mapToDouble(i -> floorColumn.values()[i]).sum();
        // Suggested name: its (up to) three largest units by surface.
        String name = members.stream()
                .sorted(Comparator.comparingDouble((Integer i) -> -units.get(i).surfaceKm2()))
                .limit(3)
                .map(i -> units.get(i).name())
                .collect(Collectors.joining(", "));
        return new Region(
                r + 1,
                "Región " + (r + 1) + ": " + name + (members.size() > 3 ? " y otras" : ""),
                members.stream().map(i -> units.get(i).code()).toList(),
                members.stream().map(i -> units.get(i).name()).toList(),
                members.size(),
                means,
                m.ssd(),
                shape.areaKm2(),
                shape.polsbyPopper(),
                floorSum);
    }

    private static Neighbours neighbours(RegionalizationRequest q, List<Unit> units, UnitGraph graph) {
        Map<String, Long> counts = new TreeMap<>();
        List<SpecialLink> special = new ArrayList<>();
        for (UnitGraph.Link l : graph.links()) {
            counts.merge(l.kind().name().toLowerCase(java.util.Locale.ROOT), 1L, Long::sum);
            if (l.kind() == UnitGraph.Kind.DISTANCIA || l.kind() == UnitGraph.Kind.CERCANA) {
                special.add(new SpecialLink(
                        units.get(l.a()).code(),
                        units.get(l.a()).name(),
                        units.get(l.b()).code(),
                        units.get(l.b()).name(),
                        l.kind().name().toLowerCase(java.util.Locale.ROOT),
                        Math.round(l.distanceM())));
            }
        }
        String rule = q.rule() == Contiguity.Rule.QUEEN ? "reina" : "torre";
        String text = "Vecinas: unidades que comparten un tramo de límite"
                + (q.rule() == Contiguity.Rule.QUEEN ? " o un vértice" : "") + "; también las que están a menos de "
                + Math.round(q.toleranceM())
                + " m entre sí sin tocarse (a través de una bahía o un río); y cada grupo de unidades aislado "
                + "(una isla) se une a la unidad más cercana del resto, de modo que todas quedan conectadas";
        return new Neighbours(rule, q.toleranceM(), text, counts, special);
    }

    private static List<VariableInfo> variables(RegionalizationRequest q, List<Column> columns, List<Missing> missing) {
        List<VariableInfo> out = new ArrayList<>();
        for (int k = 0; k < columns.size(); k++) {
            Column c = columns.get(k);
            double[] v = c.values();
            double mean = java.util.Arrays.stream(v).average().orElse(0);
            double sd = Math.sqrt(java.util.Arrays.stream(v)
                    .map(x -> (x - mean) * (x - mean))
                    .average()
                    .orElse(0));
            int absent = (int)
                    missing.stream().filter(m -> m.variable().equals(c.key())).count();
            out.add(new VariableInfo(
                    c.key(),
                    c.id(),
                    c.label(),
                    c.measure(),
                    q.variables().get(k).weight(),
                    c.source(),
                    mean,
                    sd,
                    java.util.Arrays.stream(v).min().orElse(0),
                    java.util.Arrays.stream(v).max().orElse(0),
                    absent));
        }
        return out;
    }
}

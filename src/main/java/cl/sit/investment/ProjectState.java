package cl.sit.investment;

import cl.sit.investment.InvestmentProject.YearAmount;
import cl.sit.storage.Wkb;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A project's values as an update compares them and its history records them: the stored columns by name (blank
 * text read as absent), the geometry as WKT, and the yearly amounts.
 *
 * @param fields the columns codigo_bip ... comuna_declarada, in table order
 * @param geometryWkt the geometry as WKT (compared, never recorded)
 * @param amounts the yearly amounts, or null when not read (the update-mode comparison does not need them)
 */
record ProjectState(Map<String, Object> fields, String geometryWkt, List<YearAmount> amounts) {

    /** One field changed: its column name, the old value (null on creation) and the new one. */
    record FieldChange(String campo, Object anterior, Object nuevo) {}

    /** The amounts of one year changed (null where the year had none). */
    record AmountChange(
            int anio, Long programadoAnterior, Long programadoNuevo, Long ejecutadoAnterior, Long ejecutadoNuevo) {}

    /** What changed between two states: the JSON of a history entry's {@code cambios}. */
    record Changes(List<FieldChange> campos, List<AmountChange> montos, boolean geometriaCambiada) {

        boolean isEmpty() {
            return campos.isEmpty() && montos.isEmpty() && !geometriaCambiada;
        }
    }

    /** The state of a project about to be written. */
    static ProjectState of(InvestmentProject p) {
        return new ProjectState(fields(p), p.geometry().toText(), p.amounts());
    }

    /** What creating {@code p} sets ({@link #asCreated()}), without writing its geometry as WKT. */
    static Changes created(InvestmentProject p) {
        return new ProjectState(fields(p), null, p.amounts()).asCreated();
    }

    private static Map<String, Object> fields(InvestmentProject p) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("codigo_bip", blank(p.bipCode()));
        f.put("nombre", blank(p.name()));
        f.put("programa", blank(p.programme()));
        f.put("fuente_financiamiento", blank(p.fundingSource()));
        f.put("sector", blank(p.sector()));
        f.put("etapa", blank(p.stage()));
        f.put("estado", blank(p.status()));
        f.put("institucion", blank(p.institution()));
        f.put("eje_estrategico", blank(p.strategicAxis()));
        f.put("costo_total_clp", p.totalCostClp());
        f.put("anio_inicio", p.startYear());
        f.put("anio_fin", p.endYear());
        f.put("comuna_declarada", blank(p.declaredCommune()));
        return f;
    }

    /** The state of a stored project from a row of the columns of {@link #of} and {@code wkb}; amounts apart. */
    static ProjectState read(ResultSet rs, List<YearAmount> amounts) throws SQLException {
        Map<String, Object> f = new LinkedHashMap<>();
        for (String text : List.of(
                "codigo_bip",
                "nombre",
                "programa",
                "fuente_financiamiento",
                "sector",
                "etapa",
                "estado",
                "institucion",
                "eje_estrategico")) {
            f.put(text, blank(rs.getString(text)));
        }
        f.put("costo_total_clp", rs.getLong("costo_total_clp"));
        f.put("anio_inicio", rs.getInt("anio_inicio"));
        f.put("anio_fin", rs.getInt("anio_fin"));
        f.put("comuna_declarada", blank(rs.getString("comuna_declarada")));
        return new ProjectState(f, Wkb.read(rs.getBytes("wkb")).toText(), amounts);
    }

    /** Whether the columns or the geometry differ (the amounts follow from the columns). */
    boolean differsFrom(ProjectState other) {
        return !fields.equals(other.fields) || !geometryWkt.equals(other.geometryWkt);
    }

    /** What a creation sets: every field that has a value, every yearly amount, the geometry. */
    Changes asCreated() {
        return changesFrom(null);
    }

    /** What a deletion takes away: every field that had a value, every yearly amount, the geometry. */
    Changes asDeleted() {
        Map<String, Object> none = new LinkedHashMap<>();
        fields.keySet().forEach(name -> none.put(name, null));
        return new ProjectState(none, "", List.of()).changesFrom(this);
    }

    /** What changed from {@code before} (null: nothing before) to this state. */
    Changes changesFrom(ProjectState before) {
        List<FieldChange> fieldChanges = new ArrayList<>();
        fields.forEach((name, value) -> {
            Object old = before == null ? null : before.fields.get(name);
            if (!Objects.equals(old, value)) {
                fieldChanges.add(new FieldChange(name, old, value));
            }
        });
        Map<Integer, YearAmount> old = byYear(before == null ? List.of() : before.amounts);
        Map<Integer, YearAmount> now = byYear(amounts);
        TreeSet<Integer> years = new TreeSet<>(old.keySet());
        years.addAll(now.keySet());
        List<AmountChange> amountChanges = new ArrayList<>();
        for (int year : years) {
            YearAmount a = old.get(year);
            YearAmount b = now.get(year);
            if (!Objects.equals(a, b)) {
                amountChanges.add(new AmountChange(
                        year,
                        a == null ? null : a.programmedClp(),
                        b == null ? null : b.programmedClp(),
                        a == null ? null : a.spentClp(),
                        b == null ? null : b.spentClp()));
            }
        }
        return new Changes(fieldChanges, amountChanges, before == null || !geometryWkt.equals(before.geometryWkt));
    }

    private static Map<Integer, YearAmount> byYear(List<YearAmount> amounts) {
        Map<Integer, YearAmount> out = new TreeMap<>();
        if (amounts != null) {
            amounts.forEach(a -> out.put(a.year(), a));
        }
        return out;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}

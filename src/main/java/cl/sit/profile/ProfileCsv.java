package cl.sit.profile;

import static cl.sit.system.CsvDownload.column;

import cl.sit.conservation.ConservationCoverage;
import cl.sit.system.CsvDownload;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Territory profiles as CSV ({@link CsvDownload}): the profile in long form (one value per row, with year, unit and
 * source) and the ranked projects.
 */
final class ProfileCsv {

    static final List<CsvDownload.Column> PROFILE_COLUMNS = List.of(
            column("seccion", "Sección"),
            column("indicador", "Indicador"),
            column("anio", "Año"),
            column("valor", "Valor"),
            column("unidad", "Unidad"),
            column("fuente", "Fuente"));
    static final List<CsvDownload.Column> PROJECT_COLUMNS = List.of(
            column("id", "Id"),
            column("codigo_bip", "Código BIP"),
            column("nombre", "Nombre"),
            column("programa", "Programa"),
            column("sector", "Sector"),
            column("etapa", "Etapa"),
            column("anio_inicio", "Año de inicio"),
            column("anio_fin", "Año de término"),
            column("costo_total_clp", "Costo total ($)"),
            column("proporcion", "Proporción en el territorio"),
            column("monto_clp", "Monto en el territorio ($)"),
            column("ilustrativo", "Ilustrativo"),
            column("fuera_de_comunas", "Proporción fuera de comunas"));

    private ProfileCsv() {}

    static String profile(CsvDownload.Form form, TerritoryProfile p) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("territorio", "codigo", null, p.codigo(), null, null));
        rows.add(row("territorio", "nombre", null, p.nombre(), null, null));
        rows.add(row("territorio", "nivel", null, p.nivel(), null, null));
        rows.add(row("territorio", "superficie", null, decimal(p.areaKm2(), 3), "km2", p.fuente()));
        TerritoryProfile.Population pop = p.poblacion();
        if (pop.censo2017() != null) {
            rows.add(row(
                    "poblacion",
                    "censo",
                    2017,
                    pop.censo2017().poblacion(),
                    "habitantes",
                    pop.censo2017().fuente()));
        }
        if (pop.proyeccion() != null) {
            rows.add(row(
                    "poblacion",
                    "proyeccion",
                    pop.proyeccion().anio(),
                    pop.proyeccion().poblacion(),
                    "habitantes",
                    pop.proyeccion().fuente()));
        }
        if (pop.densidadHabKm2() != null) {
            rows.add(row(
                    "poblacion",
                    "densidad",
                    pop.proyeccion() != null ? pop.proyeccion().anio() : 2017,
                    decimal(pop.densidadHabKm2(), 2),
                    "habitantes/km2",
                    null));
        }
        coverage(rows, "areas_protegidas", p.conservacion().areasProtegidas(), "MMA, RNAP; cálculo geodésico SIT");
        coverage(
                rows,
                "sitios_prioritarios",
                p.conservacion().sitiosPrioritarios(),
                "MMA, sitios prioritarios Ley 19.300; cálculo geodésico SIT");
        TerritoryProfile.Investment inv = p.inversion();
        String period = inv.monto() + " " + inv.desde() + "-" + inv.hasta();
        String source = p.ilustrativo() ? "SIT; incluye proyectos ILUSTRATIVOS (no reales)" : "SIT";
        rows.add(row("inversion", "total " + period, null, Math.round(inv.totalClp()), "CLP", source));
        rows.add(row(
                "inversion",
                "per_capita " + period,
                null,
                inv.perCapitaClp() == null ? null : Math.round(inv.perCapitaClp()),
                "CLP/habitante",
                source));
        rows.add(row("inversion", "por_km2 " + period, null, Math.round(inv.porKm2Clp()), "CLP/km2", source));
        rows.add(row("inversion", "proyectos " + period, null, inv.proyectos(), "proyectos", source));
        rows.add(row(
                "inversion",
                "fuera_de_comunas " + period,
                null,
                Math.round(inv.fueraDeComunasClp()),
                "CLP",
                source + "; parte de esos proyectos fuera de toda comuna, no incluida en el total"));
        for (TerritoryProfile.Year y : inv.porAnio()) {
            rows.add(row("inversion_anual", inv.monto(), y.anio(), Math.round(y.clp()), "CLP", source));
        }
        return write(form, PROFILE_COLUMNS, rows);
    }

    static String projects(CsvDownload.Form form, List<TopProject> projects) {
        List<Object[]> rows = new ArrayList<>();
        for (TopProject t : projects) {
            rows.add(new Object[] {
                t.id(),
                t.codigoBip(),
                t.nombre(),
                t.programa(),
                t.sector(),
                t.etapa(),
                t.anioInicio(),
                t.anioFin(),
                t.costoTotalClp(),
                decimal(t.proporcion(), 6),
                Math.round(t.montoClp()),
                t.ilustrativo(),
                decimal(t.fueraDeComunas(), 6)
            });
        }
        return write(form, PROJECT_COLUMNS, rows);
    }

    private static void coverage(List<Object[]> rows, String name, ConservationCoverage.Coverage c, String source) {
        rows.add(row("conservacion", name + " superficie", null, decimal(c.areaKm2(), 3), "km2", source));
        rows.add(row("conservacion", name + " porcentaje", null, decimal(c.porcentaje(), 2), "%", source));
    }

    private static Object[] row(
            String section, String indicator, Integer year, Object value, String unit, String source) {
        return new Object[] {section, indicator, year, value, unit, source};
    }

    private static BigDecimal decimal(double value, int digits) {
        return CsvDownload.decimal(value, digits);
    }

    private static String write(CsvDownload.Form form, List<CsvDownload.Column> header, List<Object[]> rows) {
        return CsvDownload.write(form, header, rows.stream().map(Arrays::asList).toList());
    }
}

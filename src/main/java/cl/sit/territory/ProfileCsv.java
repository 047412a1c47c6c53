package cl.sit.territory;

import cl.sit.system.CsvCells;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Territory profiles as CSV for spreadsheets: the profile in long form (one value per row, with year, unit and
 * source) and the ranked projects. Text cells go through {@link CsvCells#safe}; numbers are plain, with a dot.
 */
final class ProfileCsv {

    static final String[] PROFILE_COLUMNS = {"seccion", "indicador", "anio", "valor", "unidad", "fuente"};
    static final String[] PROJECT_COLUMNS = {"id", "codigo_bip", "nombre", "programa", "sector", "etapa",
        "anio_inicio", "anio_fin", "costo_total_clp", "proporcion", "monto_clp", "ilustrativo", "fuera_de_comunas"};

    private ProfileCsv() {}

    static String profile(TerritoryProfile p) {
        List<Object[]> rows = new ArrayList<>();
        rows.add(row("territorio", "codigo", null, p.codigo(), null, null));
        rows.add(row("territorio", "nombre", null, p.nombre(), null, null));
        rows.add(row("territorio", "nivel", null, p.nivel(), null, null));
        rows.add(row("territorio", "superficie", null, decimal(p.areaKm2(), 3), "km2", p.fuente()));
        TerritoryProfile.Population pop = p.poblacion();
        if (pop.censo2017() != null) {
            rows.add(row("poblacion", "censo", 2017, pop.censo2017().poblacion(), "habitantes",
                    pop.censo2017().fuente()));
        }
        if (pop.proyeccion() != null) {
            rows.add(row("poblacion", "proyeccion", pop.proyeccion().anio(), pop.proyeccion().poblacion(),
                    "habitantes", pop.proyeccion().fuente()));
        }
        if (pop.densidadHabKm2() != null) {
            rows.add(row("poblacion", "densidad", pop.proyeccion() != null ? pop.proyeccion().anio() : 2017,
                    decimal(pop.densidadHabKm2(), 2), "habitantes/km2", null));
        }
        coverage(rows, "areas_protegidas", p.conservacion().areasProtegidas(), "MMA, RNAP; cálculo geodésico SIT");
        coverage(rows, "sitios_prioritarios", p.conservacion().sitiosPrioritarios(),
                "MMA, sitios prioritarios Ley 19.300; cálculo geodésico SIT");
        TerritoryProfile.Investment inv = p.inversion();
        String period = inv.monto() + " " + inv.desde() + "-" + inv.hasta();
        String source = p.ilustrativo() ? "SIT; incluye proyectos ILUSTRATIVOS (no reales)" : "SIT";
        rows.add(row("inversion", "total " + period, null, Math.round(inv.totalClp()), "CLP", source));
        rows.add(row("inversion", "per_capita " + period, null,
                inv.perCapitaClp() == null ? null : Math.round(inv.perCapitaClp()), "CLP/habitante", source));
        rows.add(row("inversion", "por_km2 " + period, null, Math.round(inv.porKm2Clp()), "CLP/km2", source));
        rows.add(row("inversion", "proyectos " + period, null, inv.proyectos(), "proyectos", source));
        rows.add(row("inversion", "fuera_de_comunas " + period, null, Math.round(inv.fueraDeComunasClp()), "CLP",
                source + "; parte de esos proyectos fuera de toda comuna, no incluida en el total"));
        for (TerritoryProfile.Year y : inv.porAnio()) {
            rows.add(row("inversion_anual", inv.monto(), y.anio(), Math.round(y.clp()), "CLP", source));
        }
        return write(PROFILE_COLUMNS, rows);
    }

    static String projects(List<TopProject> projects) {
        List<Object[]> rows = new ArrayList<>();
        for (TopProject t : projects) {
            rows.add(new Object[] {t.id(), CsvCells.safe(t.codigoBip()), CsvCells.safe(t.nombre()),
                CsvCells.safe(t.programa()), CsvCells.safe(t.sector()), CsvCells.safe(t.etapa()), t.anioInicio(),
                t.anioFin(), t.costoTotalClp(), decimal(t.proporcion(), 6), Math.round(t.montoClp()),
                t.ilustrativo(), decimal(t.fueraDeComunas(), 6)});
        }
        return write(PROJECT_COLUMNS, rows);
    }

    private static void coverage(List<Object[]> rows, String name, ConservationCoverage.Coverage c, String source) {
        rows.add(row("conservacion", name + " superficie", null, decimal(c.areaKm2(), 3), "km2", source));
        rows.add(row("conservacion", name + " porcentaje", null, decimal(c.porcentaje(), 2), "%", source));
    }

    private static Object[] row(String section, String indicator, Integer year, Object value, String unit,
            String source) {
        Object cell = value instanceof String s ? CsvCells.safe(s) : value;
        return new Object[] {section, CsvCells.safe(indicator), year, cell, unit, CsvCells.safe(source)};
    }

    private static String decimal(double value, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "f", value);
    }

    private static String write(String[] header, List<Object[]> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(header).get())) {
            for (Object[] r : rows) {
                printer.printRecord(Arrays.asList(r));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}

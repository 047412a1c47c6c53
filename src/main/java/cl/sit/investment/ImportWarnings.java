package cl.sit.investment;

import cl.sit.analysis.TerritorySplit;
import cl.sit.system.ChileanNumbers;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What an import warns about without refusing the file (the rows are imported; the user sees the warnings in the
 * preview, before confirming, and in the result): a project in Chile but outside the loaded territory, one given
 * wholly to the nearest commune, one with a large part outside every commune, and an old commune code read
 * through the crosswalk. Errors (outside Chile, unreadable values) are {@link ImportRejected} instead.
 */
final class ImportWarnings {

    /** Above this fraction of its geometry outside every commune a project is warned about. */
    static final double LARGE_OUTSIDE = 0.25;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private ImportWarnings() {}

    /**
     * The warnings of an import, by row.
     *
     * @param links each written row's split over the communes, by index in the file (row = index + 1)
     * @param mapped the old commune codes read through the crosswalk
     */
    static List<ImportError> of(Map<Integer, TerritorySplit.Result> links, List<MappedCode> mapped) {
        List<ImportError> out = new ArrayList<>();
        links.forEach((i, link) -> {
            String message = message(link);
            if (message != null) {
                out.add(new ImportError(i + 1, "geometria", message));
            }
        });
        for (MappedCode m : mapped) {
            out.add(new ImportError(
                    m.fila(),
                    m.columna(),
                    "Código de comuna anterior " + m.codigoAnterior()
                            + " leído como " + m.codigoNuevo() + " (" + m.nombre() + "), código vigente desde el "
                            + DAY.format(m.fechaCambio()) + ": revise que sea la comuna correcta"));
        }
        out.sort(Comparator.comparingInt(ImportError::fila));
        return out;
    }

    private static String message(TerritorySplit.Result link) {
        if (!link.linked()) {
            return "Ubicación fuera del territorio cargado: ninguna comuna a menos de la distancia máxima; el "
                    + "proyecto no se suma a ninguna comuna hasta que se cargue la suya";
        }
        if (link.nearestDistanceM() > 0) {
            return "Ubicación fuera de toda comuna: se asignó a la comuna más cercana, a "
                    + ChileanNumbers.metres(link.nearestDistanceM()) + " (revise las coordenadas)";
        }
        if (link.outsideFraction() > LARGE_OUTSIDE) {
            return ChileanNumbers.percent(link.outsideFraction()) + " de la geometría queda fuera de las comunas "
                    + "cargadas: esa parte del costo no se suma a ninguna comuna";
        }
        return null;
    }
}

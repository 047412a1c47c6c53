package cl.sit.investment;

import java.util.List;

/**
 * The downloadable import template: the accepted headers and one example row. Two variants: a plain CSV (commas,
 * UTF-8) and one for Excel in Spanish (semicolons, decimal commas, UTF-8 with a byte order mark so Excel reads
 * the accents). Both import as they are: the example row is a valid project in Los Ríos.
 */
final class ImportTemplate {

    static final List<String> HEADERS = List.of(
            "EBI_CODIGO",
            "EBI_NOMBRE",
            "PROGRAMA",
            "SECTOR",
            "EBI_ETAPA",
            "ESTADO",
            "FUENTE",
            "INSTITUCION",
            "EJE",
            "EBI_COSTO_TOTAL (M$)",
            "CMN_CLAVE",
            "ANIO_INICIO",
            "ANIO_FIN",
            "LON",
            "LAT",
            "WKT");

    private static final List<String> EXAMPLE = List.of(
            "40000001-1",
            "Reposición Posta Rural Niebla",
            "FNDR",
            "Salud",
            "diseño",
            "postulado",
            "FNDR",
            "Gobierno Regional de Los Ríos",
            "salud",
            "250.000",
            "14101",
            "2025",
            "2026",
            "-73.39",
            "-39.87",
            "");

    private ImportTemplate() {}

    /** The template; {@code excel} for the semicolon variant with a byte order mark and decimal commas. */
    static String csv(boolean excel) {
        String separator = excel ? ";" : ",";
        List<String> example = excel
                ? EXAMPLE.stream()
                        .map(v -> v.startsWith("-") ? v.replace('.', ',') : v)
                        .toList()
                : EXAMPLE;
        return (excel ? "\uFEFF" : "") + String.join(separator, HEADERS) + "\r\n" + String.join(separator, example)
                + "\r\n";
    }
}

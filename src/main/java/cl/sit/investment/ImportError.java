package cl.sit.investment;

/**
 * A problem with one row of an import.
 *
 * @param fila row number as the user sees it (1 = first data row; the CSV header is not counted), or feature
 *     number in a GeoJSON file
 * @param columna the column or property at fault, or null for the whole row
 * @param mensaje what is wrong, in Spanish
 */
public record ImportError(int fila, String columna, String mensaje) {}

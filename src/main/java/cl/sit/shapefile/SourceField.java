package cl.sit.shapefile;

/**
 * A DBF field as declared in the file: name, dBase type letter ({@code C} text, {@code N}/{@code F} number,
 * {@code D} date, {@code L} logical, others read as text), length in bytes and decimals.
 */
public record SourceField(String name, String dbfType, int length, int decimals) {}

package cl.sit.shapefile;

/**
 * A field to write: a DBF name of at most 10 characters and its Java type ({@code String}, {@code Long},
 * {@code Double}, {@code Boolean} or {@code LocalDate}).
 */
public record FieldSpec(String name, Class<?> type) {}

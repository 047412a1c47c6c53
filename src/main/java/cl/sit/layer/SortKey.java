package cl.sit.layer;

/**
 * One key of {@code sortby}: an attribute of the layer and its direction. Missing values (NULL) sort after all
 * others when ascending and before them when descending, on every store.
 */
public record SortKey(String attribute, boolean ascending) {}

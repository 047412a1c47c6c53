package cl.sit.seed;

/**
 * The seed settings a data set may depend on.
 *
 * @param national load the 346 national communes
 */
public record SeedSettings(boolean national) {}

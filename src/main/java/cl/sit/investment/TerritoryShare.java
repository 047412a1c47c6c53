package cl.sit.investment;

/**
 * A project's stored share in one commune.
 *
 * @param code commune CUT
 * @param name commune name
 * @param share fraction of the project in this commune (the shares of a project sum to 1)
 * @param method how it was computed: punto, longitud, area or cercano
 */
public record TerritoryShare(String code, String name, double share, String method) {}

package cl.sit.system;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code sit.*} (see application.yml).
 *
 * @param dataDir directory of the embedded H2GIS database
 * @param seed what to load on first start
 * @param ogcapi limits of the OGC API Features endpoints
 * @param investment linking of investment projects to territories
 * @param editing checks on edits of editable layers
 * @param tiles vector tile serving
 */
@ConfigurationProperties("sit")
public record SitProperties(
        String dataDir, Seed seed, OgcApi ogcapi, Investment investment, Editing editing, Tiles tiles) {

    /**
     * @param enabled load the Los Ríos seed data sets on start (idempotent)
     * @param national also load the 346 national communes
     * @param investmentCount number of illustrative investment projects generated
     * @param investmentSeed seed of the deterministic generator
     */
    public record Seed(boolean enabled, boolean national, int investmentCount, long investmentSeed) {}

    /**
     * @param defaultLimit items per page when the client gives no {@code limit}
     * @param maxLimit larger {@code limit} values are clamped to this
     * @param itemCacheMb memory for the GeoJSON of single features of read-only layers, in megabytes (0: none)
     */
    public record OgcApi(int defaultLimit, int maxLimit, int itemCacheMb) {}

    /**
     * @param nearestCommuneM a project lying wholly outside every commune (on a river or the coast) goes to the
     *     nearest commune within this distance in metres, and is listed for reconciliation
     * @param overlapDistanceM default N of {@code /api/overlaps}: geometries within this many metres are near; the
     *     pairs are stored for this distance when projects are written, so it is also the largest N served
     * @param screeningMaxM conservation screening is stored for areas within this many metres of each project when
     *     it is written: the largest {@code buffer_m} of {@code /api/screening}
     */
    public record Investment(double nearestCommuneM, double overlapDistanceM, double screeningMaxM) {}

    /**
     * @param communeToleranceM how far (metres) an edited geometry may stray outside its owning commune, to allow
     *     for digitising on the border
     * @param maxImportFeatures largest number of features one import may bring
     * @param shoreToleranceM how far (metres) it may stray when what lies beyond the commune is water (the sea, or a
     *     river or bay the coverage gives to a neighbour), not another commune's land: shorelines and river lines
     *     of 1:50,000 boundaries differ from detailed cartography by tens of metres
     */
    public record Editing(double communeToleranceM, int maxImportFeatures, double shoreToleranceM) {}

    /**
     * @param cacheMb memory for rendered tiles, in megabytes (0: no cache; every tile is rendered by the database)
     * @param warmEverySeconds how often (seconds) to look whether the investment map's first tiles must be rendered
     *     ahead of its visitors after projects changed (0: never; they are then rendered by the first visitor)
     */
    public record Tiles(int cacheMb, int warmEverySeconds) {}
}

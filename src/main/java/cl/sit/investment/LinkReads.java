package cl.sit.investment;

import java.util.List;

/**
 * The read side of the investment links, as {@link InvestmentController} and {@link ProjectEditController} ask for it
 * ({@link InvestmentReads}).
 */
interface LinkReads {

    /** Whether the project exists. */
    boolean exists(int id);

    /** Whether the project is illustrative (generated), not real. */
    boolean illustrative(int id);

    /** The project's commune shares, then its share outside every commune when it has one (see TerritoryShare). */
    List<TerritoryShare> territories(int id);

    /** The project's shares in the units above its communes: region, provinces and custom territories. */
    List<UnitShare> units(int id);

    /**
     * The projects to clean, ordered by problem ({@link ReconciliationIssue#PROBLEMS}) then id.
     *
     * @param unit a unit code to keep only the projects with a share in it or declaring one of its communes, or null
     * @param communes the unit's communes of today (empty without a unit)
     */
    List<ReconciliationIssue> reconciliation(String unit, List<String> communes);
}

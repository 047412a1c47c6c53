package cl.sit.investment;

/** Pages of the stored overlap pairs, as {@link OverlapController} asks for them ({@link OverlapPages}). */
interface OverlapReports {

    /** A page; the per-commune counts only when {@code perCommune} (they join every matched pair). */
    OverlapReport page(
            double distanceM,
            double maxDistanceM,
            ProjectsInTerritory territory,
            int limit,
            int offset,
            boolean perCommune);

    /** The pairs of one project within {@code distanceM}, in the shape of a page. */
    OverlapReport ofProject(int id, double distanceM, double maxDistanceM, int limit, int offset);
}

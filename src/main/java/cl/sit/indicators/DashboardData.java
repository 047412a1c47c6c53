package cl.sit.indicators;

import java.util.List;
import java.util.Map;

/** What {@link DashboardController} needs of the investment data ({@link DashboardStore} in the application). */
interface DashboardData {

    /**
     * The groups of {@code by} under every filter except its own; with {@code by} null, the one group
     * {@code total} under every filter.
     */
    List<DashboardStore.Group> groups(DashboardQuery q, DashboardDimension by);

    /** The {@code limit} projects with the most investment under every filter. */
    List<DashboardStore.Project> largest(DashboardQuery q);

    /** Investment outside every commune and its projects, under every filter but the commune. */
    DashboardStore.Group outside(DashboardQuery q);

    /** Today's communes, code to name, by code. */
    Map<String, String> communes();
}

package cl.sit.investment;

/** The distances the stored alerts were computed for ({@link StoredAlerts} in the application). */
public interface AlertDistances {

    /** Largest screening buffer served (metres): the stored one. */
    double screeningMaxM();

    /** Largest overlap distance served (metres): the stored one. */
    double overlapDistanceM();
}

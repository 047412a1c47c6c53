package cl.sit.agenda21;

/**
 * The completeness matrix of a region, for the pages that show it and {@link CompletenessController}
 * ({@link Completeness} in the application).
 */
public interface CompletenessMatrices {

    /** The matrix of a region (2-digit CUT); 404 {@code RegionNotFound} for an unknown region. */
    CompletenessMatrix matrix(String region);
}

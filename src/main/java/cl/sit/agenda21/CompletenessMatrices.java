package cl.sit.agenda21;

/** The completeness matrix of a region, as {@link CompletenessController} reads it ({@link Completeness}). */
interface CompletenessMatrices {

    /** The matrix of a region (2-digit CUT); 404 {@code RegionNotFound} for an unknown region. */
    CompletenessMatrix matrix(String region);
}

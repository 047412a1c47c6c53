package cl.sit.investment;

/** Pages of the programme coincidences, as {@link OverlapController} asks for them ({@link Coincidences}). */
interface CoincidencePages {

    /** Communes, sectors and years from {@code from} to {@code to} with projects of two or more programmes. */
    Coincidences.Page page(int from, int to, ProjectsInTerritory territory, int limit, int offset);
}

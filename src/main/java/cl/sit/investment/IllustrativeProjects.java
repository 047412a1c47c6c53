package cl.sit.investment;

/** Whether illustrative projects are stored, for the import page ({@link ProjectCatalog} in the application). */
interface IllustrativeProjects {

    /** Whether any stored project is illustrative (generated, not real). */
    boolean anyIllustrative();
}

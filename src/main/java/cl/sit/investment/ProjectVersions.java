package cl.sit.investment;

/** Whether a project exists, and its version ({@link ProjectEdit}). */
interface ProjectVersions {

    /** The current version, or null when there is no such project. */
    Integer version(int id);
}

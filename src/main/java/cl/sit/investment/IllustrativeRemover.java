package cl.sit.investment;

/** Removing the illustrative projects, as {@link InvestmentController} asks ({@link IllustrativeRemoval}). */
interface IllustrativeRemover {

    /** Removes them all, each with an entry "eliminado" by {@code username} in its history; returns how many. */
    int removeAll(String username);
}

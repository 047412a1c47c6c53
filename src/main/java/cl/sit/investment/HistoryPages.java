package cl.sit.investment;

import java.util.List;

/** What {@link ProjectHistoryController} reads of the projects' history ({@link ProjectHistory}). */
interface HistoryPages {

    /** A page of the history of project {@code id}, newest first. */
    List<ProjectHistory.Entry> page(int id, int limit, int offset);

    /** How many entries project {@code id} has. */
    int count(int id);
}

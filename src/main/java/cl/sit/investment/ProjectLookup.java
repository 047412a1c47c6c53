package cl.sit.investment;

import java.util.Collection;
import java.util.List;

/** Projects read by id, as analyses see them ({@link ProjectCatalog} in the application). */
public interface ProjectLookup {

    /** The projects with these ids (in no particular order; ids not stored are left out). */
    List<ProjectCatalog.Project> of(Collection<Integer> ids);
}

package cl.sit.investment;

import java.util.Collection;
import java.util.List;

/**
 * Projects read by id, as analyses see them, and whether any is illustrative ({@link ProjectCatalog} in the
 * application).
 */
public interface ProjectLookup {

    /** The projects with these ids (in no particular order; ids not stored are left out). */
    List<ProjectCatalog.Project> of(Collection<Integer> ids);

    /**
     * Whether any stored project is illustrative (generated, not real): every investment-derived response says so
     * in its {@code ilustrativo} flag.
     */
    boolean anyIllustrative();
}

package cl.sit.conservation;

import cl.sit.investment.ProjectCatalog;
import cl.sit.investment.ProjectsInTerritory;

/** Pages of the stored conservation screening, as {@link ScreeningController} asks for them ({@link Screening}). */
interface ScreeningPages {

    /** The flagged projects of a territory within {@code bufferM}, inside first, then nearest, with their counts. */
    ScreeningReport report(double bufferM, double maxBufferM, ProjectsInTerritory territory, int limit, int offset);

    /** The screening of one project, in the shape of a page (its row only when flagged). */
    ScreeningReport ofProject(ProjectCatalog.Project project, double bufferM, double maxBufferM, int limit, int offset);
}

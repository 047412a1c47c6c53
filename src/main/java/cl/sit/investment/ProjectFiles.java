package cl.sit.investment;

import cl.sit.system.CsvDownload;
import java.io.OutputStream;

/** The filtered projects written as files, as {@link ProjectExportController} asks ({@link ProjectExport}). */
interface ProjectFiles {

    /** The projects under {@code f} as CSV in {@code form}. */
    void csv(ProjectExport.Filter f, CsvDownload.Form form, OutputStream out);

    /** The projects under {@code f} as a GeoJSON FeatureCollection. */
    void geojson(ProjectExport.Filter f, OutputStream out);
}

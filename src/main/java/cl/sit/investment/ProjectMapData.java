package cl.sit.investment;

import cl.sit.tiles.TileOptions;
import java.util.List;

/** The investment map's form, count, point and search reads, as {@link ProjectMapController} asks ({@link ProjectMap}). */
interface ProjectMapData {

    /** The filter form: every project, the years they span and each field's values. */
    ProjectMap.Form form();

    /** How many projects the filter shows. */
    ProjectMap.Count count(TileOptions filter);

    /**
     * The projects meeting a box of {@code tolerancePx} pixels around a point of a Web Mercator map at
     * {@code zoom}, nearest first.
     */
    List<ProjectMap.Found> at(double lon, double lat, double zoom, double tolerancePx, TileOptions filter, int limit);

    /** Projects whose BIP code is {@code q} or starts with it, then those whose name contains it. */
    List<ProjectMap.Found> search(String q, int limit);
}

package cl.sit.shapefile;

import java.util.Map;
import org.locationtech.jts.geom.Geometry;

/**
 * One feature of a shapefile: its 1-based record number in the file, its attributes in field order
 * ({@code String}, {@code Long}, {@code Double}, {@code LocalDate}, {@code Boolean} or null) and its geometry
 * in EPSG:4326 (null for a null or empty shape).
 */
public record Row(int number, Map<String, Object> properties, Geometry geometryWgs84) {}

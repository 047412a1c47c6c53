package cl.sit.shapefile;

import java.util.List;

/**
 * A shapefile as read: its fields, its rows (geometry already in EPSG:4326), the CRS it was in, the Java
 * name of the DBF encoding used ("UTF-8", "windows-1252", ...) and its OGC geometry type ("Point",
 * "MultiPoint", "MultiLineString", "MultiPolygon").
 */
public record ShapefileContent(
        List<SourceField> fields, List<Row> rows, SourceCrs crs, String encoding, String geometryType) {}

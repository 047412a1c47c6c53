/**
 * GIS files as QGIS users exchange them: zipped ESRI shapefiles in and out.
 *
 * <p>{@link cl.sit.files.SafeZip} unpacks an upload without trusting it (zip-slip, zip bombs, entry counts);
 * {@link cl.sit.files.ShapefileReader} reads the layer (DBF attributes with their encoding, geometry through
 * H2GIS's shapefile reader) and {@link cl.sit.files.SourceCrs} identifies the {@code .prj} and brings the
 * geometry to WGS 84 longitude/latitude (EPSG:4326) with CTS. {@link cl.sit.files.ShapefileWriter} writes a
 * layer in EPSG:4326 as a zip that QGIS and GDAL open. Problems with a whole file are a
 * {@link cl.sit.files.FileRejected} with a Spanish message. Plain Java: no Spring, no database.
 */
package cl.sit.files;

/**
 * The ESRI Shapefile format, as QGIS users exchange it zipped: {@link cl.sit.shapefile.ShapefileReader} reads a
 * layer (DBF attributes with their encoding, geometry through H2GIS's shapefile reader) and
 * {@link cl.sit.shapefile.SourceCrs} identifies its {@code .prj} ({@link cl.sit.shapefile.PrjIdentifier}) and
 * brings the geometry to EPSG:4326 with CTS; {@link cl.sit.shapefile.ShapefileWriter} writes a layer in EPSG:4326
 * as a zip that QGIS and GDAL open. Problems with a whole file are a {@link cl.sit.imports.FileRejected}. Plain
 * Java: no Spring, no database.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.shapefile;

import cl.sit.system.Owns;

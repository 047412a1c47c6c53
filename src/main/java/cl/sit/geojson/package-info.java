/**
 * GeoJSON (RFC 7946) in and out. {@link cl.sit.geojson.GeoJsonWriter} is the one encoder of every GeoJSON response,
 * streaming JTS geometry straight to Jackson, so H2GIS and PostGIS give byte-identical output.
 * {@link cl.sit.geojson.GeoJsonReader} parses files with geojson-jackson and turns them into JTS.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.geojson;

import cl.sit.system.Owns;

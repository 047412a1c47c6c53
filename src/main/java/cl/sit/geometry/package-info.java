/**
 * The geometry every other package builds: {@link cl.sit.geometry.Geometries#FACTORY}, EPSG:4326 (WGS 84
 * longitude/latitude). Plain JTS, no Spring, no database.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.geometry;

import cl.sit.system.Owns;

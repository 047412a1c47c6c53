/**
 * Spatial analysis as plain Java on JTS (no Spring here). Measures are geodesic on the WGS 84 ellipsoid, because
 * the Los Ríos region spans UTM zones 18S and 19S: lengths in metres, areas in km², stated in names.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.analysis;

import cl.sit.system.Owns;

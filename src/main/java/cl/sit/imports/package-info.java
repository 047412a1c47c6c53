/**
 * What every file import shares, whatever the format: a zip upload unpacked without trusting it ({@link
 * cl.sit.imports.SafeZip}: zip-slip, zip bombs, entry counts) and a whole file rejected with a Spanish message
 * ({@link cl.sit.imports.FileRejected}). The formats are elsewhere ({@link cl.sit.shapefile}, GeoJSON in
 * {@link cl.sit.geojson}); what is imported where is in editing (layers) and investment (projects). No Spring.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.imports;

import cl.sit.system.Owns;

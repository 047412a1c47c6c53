/**
 * The map as a sheet to keep or send: a PNG or a one-page PDF of a view (title, subtitle, SIT's layers in their
 * styles, legend, scale bar, north arrow, sources and the date in Chile's time), drawn on the server with Java2D
 * from the same features the OGC API serves, so it works without a browser and without internet (no base map).
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.mapsheet;

import cl.sit.system.Owns;

/**
 * Coordinate reference systems, plain Java on CTS (the transformation suite H2GIS ships): the CRSs SIT reads from
 * files ({@link cl.sit.crs.SupportedCrs} with their {@link cl.sit.crs.Datum} and {@link cl.sit.crs.DatumShift}),
 * the ones it serves features in ({@link cl.sit.crs.ServedCrs}, OGC API Features Part 2), boxes given in those
 * ({@link cl.sit.crs.CrsBox}), and the CTS operations themselves ({@link cl.sit.crs.CtsOperations}). No Spring, no
 * database.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.crs;

import cl.sit.system.Owns;

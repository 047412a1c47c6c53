/**
 * Database plumbing shared by every capability: which dialect is running (H2GIS or PostGIS), SQL files loaded by
 * name from beside their class ({@link cl.sit.storage.SqlFiles}), identifier quoting for names that come from the
 * layer registry, WKB for geometry crossing JDBC, the start-up lock and timeouts. Dialect differences live here and
 * in the per-dialect SQL files, nowhere else.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.storage;

import cl.sit.system.Owns;

/**
 * Database plumbing shared by every capability: which dialect is running (H2GIS or PostGIS), SQL files loaded
 * by name, identifier quoting for names that come from the layer registry, and WKB encoding of geometry.
 * Dialect differences live here and in the per-dialect SQL files, nowhere else.
 */
package cl.sit.storage;

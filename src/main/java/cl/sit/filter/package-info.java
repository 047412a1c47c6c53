/**
 * Filtering features with CQL2 (OGC 21-065r2), as used by OGC API - Features - Part 3: cql2-text and cql2-json
 * parsed into one immutable expression tree ({@link cl.sit.filter.Expr}), checked against a layer's queryables, its
 * temporal functions lowered to comparisons of interval ends ({@link cl.sit.filter.TemporalPredicates}), and either
 * translated to SQL with bound values (H2GIS and PostGIS alike) or evaluated in memory with JTS. Plain Java: no
 * Spring. No CQL2 parser on Maven Central fits Java 17 and Jackson 3 (GeoTools is not reachable), so the parsers
 * are hand-written recursive descent.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.filter;

import cl.sit.system.Owns;

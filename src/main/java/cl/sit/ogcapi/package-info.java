/**
 * OGC API - Features Part 1 (core, GeoJSON, HTML, OpenAPI 3.0), Part 2 (CRS) and Part 3 (filtering) for every
 * registered layer. One controller method per operation, each returning a record that carries its {@code links};
 * the records are written as JSON by Jackson, as GeoJSON by {@link cl.sit.ogcapi.GeoJsonConverter} and as HTML by
 * {@link cl.sit.ogcapi.HtmlConverter}. The encoding follows {@code f=json|html}, then the Accept header. The
 * landing page {@code /} is, as HTML, the map of SIT (template {@code map.html}, modules
 * {@code static/js/mapa*.js}). Part 4 (writes) is in {@link cl.sit.ogcapi.edit}; caching in {@link cl.sit.http}.
 *
 * <p>No JDBC here: features come from the layer package's {@code FeatureStore}.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.ogcapi;

import cl.sit.system.Owns;

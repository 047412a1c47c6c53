/**
 * OGC API - Features Part 1 (core, GeoJSON, HTML, OpenAPI 3.0) for every registered layer. One controller
 * method per operation, each returning a record that carries its {@code links}; the records are written as
 * JSON by Jackson, as GeoJSON by {@link cl.sit.ogcapi.GeoJsonConverter} and as HTML by
 * {@link cl.sit.ogcapi.HtmlConverter}. The encoding follows {@code f=json|html}, then the Accept header.
 * {@link cl.sit.http.HttpCaching} gives collections, items and features an ETag (weak, so that they are
 * compressed) from the layers' data generations and answers {@code If-None-Match} before any feature is read.
 */
package cl.sit.ogcapi;

import cl.sit.http.HttpCaching;

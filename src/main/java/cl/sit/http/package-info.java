/**
 * HTTP concerns shared by the OGC API and the vector tiles: validators and caching ({@link
 * cl.sit.http.HttpCaching}: weak ETags from the layers' data generations, {@code If-None-Match} answered before any
 * feature is read, {@code Cache-Control} and {@code Vary} by who is signed in).
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.http;

import cl.sit.system.Owns;

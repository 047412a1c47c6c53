/**
 * Base maps: the configured tile and WMS services the map and the editor draw under SIT's layers ({@code
 * SIT_BASEMAPS}), served to the pages by {@code /api/basemaps} and allowed by the Content-Security-Policy. The
 * pages try them in order and, when none answers, draw an offline background from SIT's own layers.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.basemap;

import cl.sit.system.Owns;

/**
 * OGC API - Features Part 4 (create, replace, update, delete, and SIT's batch) on editable layers:
 * {@code POST}/{@code PUT}/{@code PATCH}/{@code DELETE /collections/{id}/items...}. Thin controllers over
 * {@link cl.sit.editing.FeatureEditor}, whose errors editing's handler answers.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.ogcapi.edit;

import cl.sit.system.Owns;

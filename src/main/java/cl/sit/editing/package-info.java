/**
 * Editing of editable layers (the Agenda 21 package and layers admins create): validation on write, version checks
 * (ETag / If-Match), scoped permissions ({@link cl.sit.editing.EditPermissions}), history with revert and as-of
 * reads ({@code feature_history}), batch writes, import and export of a layer as a zipped Shapefile or GeoJSON
 * ({@code LayerFiles}), the editor page ({@code /editor}) and what the browser editor needs to know about its user
 * ({@code GET /api/editing/me}). The OGC API Part 4 routes that call it are in {@link cl.sit.ogcapi.edit}.
 *
 * <p>Writes the feature tables of editable layers (created by the layer registry, named only from it) and
 * {@code feature_history}.
 *
 * <p>Owns {@code feature_history}. Reads {@code commune_published}, {@code territory} (owned elsewhere).
 */
@Owns(
        tables = {"feature_history"},
        reads = {"commune_published", "territory"})
package cl.sit.editing;

import cl.sit.system.Owns;

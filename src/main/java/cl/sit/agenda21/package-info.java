/**
 * The Agenda 21 package: the 7 thematic layers every commune keeps, created from templates on first start ({@code
 * Agenda21Seed}), the completeness dashboard (commune × layer: features, edits, review status) as JSON ({@code
 * /api/agenda21}) and as the page {@code /agenda21}, and which dashboard cells open the editor ({@code EditLinks}).
 * The review itself (status, transitions, comments) is in {@link cl.sit.agenda21.review}.
 *
 * <p>Uses layer, editing (permissions), territory and the review; no Agenda 21 table of its own: the layers'
 * feature tables are written by editing.
 *
 * <p>Owns no table. Reads {@code feature_history}, {@code layer}, {@code layer_status}, {@code territory} (owned
 * elsewhere).
 */
@Owns(reads = {"feature_history", "layer", "layer_status", "territory"})
package cl.sit.agenda21;

import cl.sit.system.Owns;

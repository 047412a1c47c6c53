/**
 * The building blocks of the OpenAPI document at {@code /api}: {@link cl.sit.openapi.ApiContribution}, which each
 * capability implements as a bean in its own package to document its routes, and {@link cl.sit.openapi.ApiDocument},
 * the builder handed to them. The OGC API package assembles the document. No Spring, no database; it may read the
 * layer registry's {@code Layer} records to document the per-collection routes.
 *
 * <p>Owns no table.
 */
@Owns
package cl.sit.openapi;

import cl.sit.system.Owns;

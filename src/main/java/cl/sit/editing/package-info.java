/**
 * Editing of editable layers (the Agenda 21 package and layers admins create): validation on write, version
 * checks (ETag / If-Match), scoped permissions, history with revert and as-of reads, and the OGC API Features
 * Part 4 endpoints, and what the browser editor needs to know about its user ({@code GET /api/editing/me}).
 */
package cl.sit.editing;

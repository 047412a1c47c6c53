/**
 * Browser pages that are not OGC API resources: the sign-in page, the import page, the editor of editable layers
 * ({@code /editor}, whose modules are {@code static/js/editor*.js}) and the territory profiles (fichas,
 * {@code /territorios} and {@code /territorios/{code}}), rendered with Thymeleaf from
 * {@link cl.sit.profile.TerritoryProfiles}, the import page and the Agenda 21 dashboard ({@code /agenda21}, from
 * {@link cl.sit.agenda21.Completeness}). The map itself is the landing page's HTML; its JavaScript modules
 * live in {@code static/js}.
 */
package cl.sit.web;

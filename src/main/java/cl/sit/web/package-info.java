/**
 * Browser pages that are not OGC API resources: the sign-in page and the territory profiles (fichas,
 * {@code /territorios} and {@code /territorios/{code}}), rendered with Thymeleaf from
 * {@link cl.sit.territory.TerritoryProfiles}. The map itself is the landing page's HTML; its JavaScript modules
 * live in {@code static/js}.
 */
package cl.sit.web;

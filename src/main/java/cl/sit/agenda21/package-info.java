/**
 * The Agenda 21 package: the 7 thematic layers every commune keeps, created from templates on first start, and
 * the completeness dashboard (commune × layer, with the review status borrador → revisión → publicado).
 */
package cl.sit.agenda21;

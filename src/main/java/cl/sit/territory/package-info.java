/**
 * Territorial units (region, province, commune by CUT code; provinces and regions are unions of their
 * communes), population per unit and year, and the territorial reference layers loaded with them: urban
 * limits, urban centres and census zones.
 */
package cl.sit.territory;

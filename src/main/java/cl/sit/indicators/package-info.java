/**
 * Investment indicators per territory and year range: total, per capita (population of each year, with its
 * source) and per km², with project counts, broken down by programme, sector, stage or year. Computed from the
 * commune shares stored when projects are written; provinces and regions aggregate their communes.
 */
package cl.sit.indicators;

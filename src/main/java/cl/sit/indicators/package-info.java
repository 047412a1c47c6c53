/**
 * Investment indicators per territory and year range: total, per capita (population of each year, with its
 * source) and per km², with project counts, broken down by programme, sector, stage or year. Computed from the
 * commune shares stored when projects are written; provinces and regions aggregate their communes. The parts of
 * projects outside every commune belong to no territory and are reported apart ({@code fuera_de_comunas}).
 */
package cl.sit.indicators;

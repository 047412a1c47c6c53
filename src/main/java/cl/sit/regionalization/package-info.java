/**
 * Homogeneous territories (issue 16): regionalization of communes and census zones into contiguous regions by any
 * numeric variables SIT holds per unit, with SKATER ({@link cl.sit.regionalization.Skater}) or max-p ({@link
 * cl.sit.regionalization.MaxP}), over a neighbour graph built from the gap-free coverage ({@link
 * cl.sit.regionalization.Contiguity}); a quality report; results kept so the page and the API can read and download
 * them and save their regions as custom territories.
 *
 * <p>The algorithms ({@code UnitGraph}, {@code Contiguity}, {@code Skater}, {@code MaxP}, {@code Quality},
 * {@code Standardization}) are plain Java on JTS, with no Spring imports.
 *
 * <p>Owns the tables {@code regionalization} (one row per run: the request and the result document) and
 * {@code regionalization_region} (the dissolved geometry of each region, made on the first request that needs it),
 * migration {@code sql/common/V40}. Reads, never writes: {@code territory}, {@code population} and
 * {@code population_age} (units, official surfaces, Censo 2017 by age and sex, INE projections),
 * {@code census_zone}, {@code urban_limit}, {@code protected_area}, {@code priority_site}, the investment
 * indicators ({@code cl.sit.indicators.CommuneInvestment}), the Agenda 21 completeness ({@code
 * cl.sit.agenda21.Completeness}) and the features of registered layers ({@code cl.sit.layer}). Saving regions as
 * custom territories goes through {@code cl.sit.territory.CustomTerritories}, which owns them.
 */
@Owns(
        tables = {"regionalization", "regionalization_region"},
        reads = {"census_zone", "population", "population_age", "priority_site", "protected_area", "territory"})
package cl.sit.regionalization;

import cl.sit.system.Owns;

/**
 * The territory profile (ficha): for a commune, province, region, former unit or custom territory, its surface,
 * population, conservation coverage, investment of a period and largest projects, as JSON ({@code
 * /api/territories/{code}/profile}), CSV ({@link cl.sit.profile.ProfileCsv}) and the printable pages
 * {@code /territorios} and {@code /territorios/{code}} ({@link cl.sit.profile.ProfileView}).
 *
 * <p>Owns no table: it reads territories, population, conservation layers and the investment kept per unit.
 */
@Owns(
        reads = {
            "custom_territory",
            "custom_territory_commune",
            "former_territory",
            "investment_amount",
            "investment_link",
            "investment_project",
            "investment_unit_share",
            "investment_unit_year",
            "population",
            "priority_site",
            "protected_area",
            "territory",
            "territory_crosswalk"
        })
package cl.sit.profile;

import cl.sit.system.Owns;

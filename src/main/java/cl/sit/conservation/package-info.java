/**
 * Conservation layers: priority conservation sites (Ley 19.300) and protected areas (RNAP), loaded from the shipped
 * data; the screening of investment projects against them ({@code /api/screening}); and the share of a territory
 * they cover ({@link cl.sit.conservation.ConservationCoverage}, used by the profile and the regionalization).
 *
 * <p>Owns {@code priority_site}, {@code protected_area}. Reads {@code investment_screening},
 * {@code investment_territory} (owned elsewhere).
 */
@Owns(
        tables = {"priority_site", "protected_area"},
        reads = {"investment_screening", "investment_territory"})
package cl.sit.conservation;

import cl.sit.system.Owns;

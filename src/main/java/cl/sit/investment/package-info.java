/**
 * Public investment projects: the model, their storage and history, import (with a preview that keeps nothing, and
 * its page {@code /inversion/importar}), edit, export, the project page ({@code /inversion/proyectos/{id}}), their
 * links to communes, screening and overlap alerts kept per project, and the deterministic generator of illustrative
 * projects (no real Los Ríos investment data set is within reach; every generated record says so).
 *
 * <p>Each project's shares of territorial units ({@code investment_unit_share} and the kept summaries) are written
 * through {@link cl.sit.territory.UnitShares}, and the row of the illustrative data set through
 * {@link cl.sit.seed.Datasets}.
 *
 * <p>Owns {@code investment_alert_state}, {@code investment_amount}, {@code investment_history},
 * {@code investment_link}, {@code investment_overlap}, {@code investment_project}, {@code investment_screening},
 * {@code investment_territory}, {@code investment_unit_overlap}. Reads {@code custom_territory}, {@code dataset},
 * {@code investment_commune_coincidence}, {@code investment_commune_programme}, {@code investment_unit_share},
 * {@code priority_site}, {@code protected_area}, {@code territory}, {@code urban_centre} (owned elsewhere).
 */
@Owns(
        tables = {
            "investment_alert_state",
            "investment_amount",
            "investment_history",
            "investment_link",
            "investment_overlap",
            "investment_project",
            "investment_screening",
            "investment_territory",
            "investment_unit_overlap"
        },
        reads = {
            "custom_territory",
            "dataset",
            "investment_commune_coincidence",
            "investment_commune_programme",
            "investment_unit_share",
            "priority_site",
            "protected_area",
            "territory",
            "urban_centre"
        })
package cl.sit.investment;

import cl.sit.system.Owns;

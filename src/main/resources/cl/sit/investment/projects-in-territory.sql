-- Project column "project" has a share in the unit bound (investment_unit_share, the membership model): the stored
-- alerts' territory predicate (ProjectsInTerritory), OR-ed over the project columns of a row. Uncorrelated, so the
-- database hashes it once per statement.
{project} IN (SELECT m0.project_id FROM investment_unit_share m0 WHERE m0.unidad = ?)

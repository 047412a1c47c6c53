-- Project column "project" touches one of the communes bound (array): the stored alerts' territory predicate
-- (ProjectsInTerritory), OR-ed over the project columns of a row. The one join to the projects' communes, to be
-- replaced by a territory-membership model. Uncorrelated, so the database hashes it once per statement.
{project} IN (SELECT m0.project_id FROM investment_territory m0 WHERE m0.cut = ANY(?))

-- The share of a project given to no commune (the part outside every commune); no row when it is not linked.
SELECT parte_sin_comuna FROM investment_link WHERE project_id = ?

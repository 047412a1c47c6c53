-- Project column "project" has a share in the unit bound (investment_unit_share, the membership model), looked up
-- by the membership key row by row (ProjectsInTerritory.applyLookup): for statements over few rows against a
-- large unit.
EXISTS (SELECT 1 FROM investment_unit_share m0 WHERE m0.unidad = ? AND m0.project_id = {project})

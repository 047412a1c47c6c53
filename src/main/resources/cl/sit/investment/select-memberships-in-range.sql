-- The units of the projects with ids from ? to ? (a chunk of a full count).
SELECT u.project_id, u.unidad
FROM investment_unit_share u
WHERE u.project_id BETWEEN ? AND ?

SELECT p.id, ST_AsBinary(p.geom)
FROM investment_project p
WHERE NOT EXISTS (SELECT 1 FROM investment_link l WHERE l.project_id = p.id)
ORDER BY p.id

-- In chunks of ids (InvestmentLinker.linkStored binds the first and last id of each).
SELECT p.id, ST_AsBinary(p.geom)
FROM investment_project p
WHERE NOT EXISTS (SELECT 1 FROM investment_link l WHERE l.project_id = p.id)
  AND p.id BETWEEN ? AND ?
ORDER BY p.id

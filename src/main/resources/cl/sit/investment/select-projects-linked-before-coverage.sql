-- Projects whose link predates the commune coverage (data set loaded with schema V10).
-- In chunks of ids (InvestmentLinker.linkStored binds the first and last id of each).
SELECT p.id, ST_AsBinary(p.geom)
FROM investment_project p
JOIN investment_link l ON l.project_id = p.id
WHERE l.enlazado_en < (SELECT d.loaded_at FROM dataset d WHERE d.name = 'comunas-bcn-publicadas')
  AND p.id BETWEEN ? AND ?
ORDER BY p.id

-- Projects whose link predates the commune coverage (data set loaded with schema V10).
SELECT p.id, ST_AsBinary(p.geom)
FROM investment_project p
JOIN investment_link l ON l.project_id = p.id
WHERE l.enlazado_en < (SELECT d.loaded_at FROM dataset d WHERE d.name = 'comunas-bcn-publicadas')
ORDER BY p.id

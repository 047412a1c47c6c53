-- As select-reconciliation.sql for the projects of one territory: those with a share in the unit
-- (investment_unit_share) or declaring one of its communes (the array). Driven from those projects, so it reads
-- them through the indexes instead of every project. Parameters: the unit, the communes, the fraction.
SELECT p.id, p.codigo_bip, p.nombre, p.comuna_declarada, l.fuera_de_comunas, l.distancia_comuna_m, s.cut,
       l.parte_sin_comuna
FROM (SELECT u.project_id AS id FROM investment_unit_share u WHERE u.unidad = ?
      UNION
      SELECT d.id FROM investment_project d WHERE d.comuna_declarada = ANY(?)) c
JOIN investment_project p ON p.id = c.id
JOIN investment_link l ON l.project_id = p.id
LEFT JOIN investment_territory s ON s.project_id = p.id
WHERE (l.fuera_de_comunas > ? OR l.distancia_comuna_m IS NOT NULL
       OR NOT EXISTS (SELECT 1 FROM investment_territory e WHERE e.project_id = p.id)
       OR (p.comuna_declarada IS NOT NULL
           AND NOT EXISTS (SELECT 1 FROM investment_territory d WHERE d.project_id = p.id AND d.cut = p.comuna_declarada)))
ORDER BY p.id, s.cut

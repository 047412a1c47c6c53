-- Projects of an administrative unit ranked by their amount in it over the period: the project's amounts times
-- the sum of its shares in the unit's communes. fuera: the project's share outside every commune (in no unit). {amount} as in profile-investment-by-year.sql.
-- {in_unit} is 'LIKE ?' bound as '141%' (the communes whose CUT starts with the unit's) or, for a former unit,
-- '= ANY(?)' bound as the array of today's communes it is made of (ProfileUnit.inUnit).
SELECT p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.etapa, p.anio_inicio, p.anio_fin,
       p.costo_total_clp, x.proporcion, x.proporcion * y.monto AS monto, p.ilustrativo,
       COALESCE(l.parte_sin_comuna, 0) AS fuera
FROM investment_project p
LEFT JOIN investment_link l ON l.project_id = p.id
JOIN (SELECT project_id, SUM(share) AS proporcion
      FROM investment_territory
      WHERE cut {in_unit}
      GROUP BY project_id) x ON x.project_id = p.id
JOIN (SELECT project_id, SUM({amount}) AS monto
      FROM investment_amount
      WHERE anio BETWEEN ? AND ?
      GROUP BY project_id) y ON y.project_id = p.id
ORDER BY monto DESC, p.id
LIMIT ?

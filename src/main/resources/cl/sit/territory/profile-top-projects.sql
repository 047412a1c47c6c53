-- Projects of an administrative unit ranked by their amount in it over the period: the project's amounts times
-- the sum of its shares in the unit's communes. fuera: the project's share outside every commune (in no unit). {amount} as in profile-investment-by-year.sql.
SELECT p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.etapa, p.anio_inicio, p.anio_fin,
       p.costo_total_clp, x.proporcion, x.proporcion * y.monto AS monto, p.ilustrativo,
       COALESCE(l.parte_sin_comuna, 0) AS fuera
FROM investment_project p
LEFT JOIN investment_link l ON l.project_id = p.id
JOIN (SELECT project_id, SUM(share) AS proporcion
      FROM investment_territory
      WHERE cut LIKE ?
      GROUP BY project_id) x ON x.project_id = p.id
JOIN (SELECT project_id, SUM({amount}) AS monto
      FROM investment_amount
      WHERE anio BETWEEN ? AND ?
      GROUP BY project_id) y ON y.project_id = p.id
ORDER BY monto DESC, p.id
LIMIT ?

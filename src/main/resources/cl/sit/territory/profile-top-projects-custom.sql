-- As profile-top-projects.sql for a custom territory: shares times the member communes' weights.
SELECT p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.etapa, p.anio_inicio, p.anio_fin,
       p.costo_total_clp, x.proporcion, x.proporcion * y.monto AS monto, p.ilustrativo,
       COALESCE(l.parte_sin_comuna, 0) AS fuera
FROM investment_project p
LEFT JOIN investment_link l ON l.project_id = p.id
JOIN (SELECT s.project_id, SUM(s.share * m.peso) AS proporcion
      FROM investment_territory s
      JOIN custom_territory_commune m ON m.cut = s.cut
      WHERE m.codigo = ?
      GROUP BY s.project_id) x ON x.project_id = p.id
JOIN (SELECT project_id, SUM({amount}) AS monto
      FROM investment_amount
      WHERE anio BETWEEN ? AND ?
      GROUP BY project_id) y ON y.project_id = p.id
ORDER BY monto DESC, p.id
LIMIT ?

-- Projects of a unit ranked by their amount in it over the period: the project's amounts times its share in the
-- unit (investment_unit_share). fuera: the project's share outside every commune (in no unit). {amount} is a
-- whitelisted column (programado_clp or ejecutado_clp). Parameters: first year, last year, unit, limit.
SELECT p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.etapa, p.anio_inicio, p.anio_fin,
       p.costo_total_clp, u.share AS proporcion, u.share * SUM(a.{amount}) AS monto, p.ilustrativo,
       COALESCE(l.parte_sin_comuna, 0) AS fuera
FROM investment_unit_share u
JOIN investment_project p ON p.id = u.project_id
JOIN investment_amount a ON a.project_id = u.project_id AND a.anio BETWEEN ? AND ?
LEFT JOIN investment_link l ON l.project_id = p.id
WHERE u.unidad = ?
GROUP BY p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.etapa, p.anio_inicio, p.anio_fin,
         p.costo_total_clp, u.share, p.ilustrativo, l.parte_sin_comuna
ORDER BY monto DESC, p.id
LIMIT ?

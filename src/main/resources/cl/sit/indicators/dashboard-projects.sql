-- The dashboard's largest projects under every filter: their investment in the range and in the communes asked
-- for (see dashboard-groups.sql for the placeholders), largest first.
SELECT p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.etapa, SUM(a.{amount} * u.share) AS clp
FROM investment_unit_share u
JOIN investment_amount a ON a.project_id = u.project_id
JOIN investment_project p ON p.id = u.project_id
WHERE u.nivel = 'comuna' AND a.anio BETWEEN ? AND ?{filters}
GROUP BY p.id, p.codigo_bip, p.nombre, p.programa, p.sector, p.etapa
ORDER BY clp DESC, p.id
LIMIT ?

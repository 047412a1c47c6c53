-- Investment of every unit of a level (comuna, provincia, region, personalizado) per group and year: each
-- project's amounts times its share in the unit (investment_unit_share, the one membership model).
-- {group} is a whitelisted expression (Breakdown), {amount} a whitelisted column (programado_clp or ejecutado_clp).
SELECT code, grupo, anio, SUM(clp)
FROM (SELECT u.unidad AS code, {group} AS grupo, a.anio AS anio, a.{amount} * u.share AS clp
      FROM investment_unit_share u
      JOIN investment_amount a ON a.project_id = u.project_id
      JOIN investment_project p ON p.id = u.project_id
      WHERE u.nivel = ? AND a.anio BETWEEN ? AND ?) x
GROUP BY code, grupo, anio

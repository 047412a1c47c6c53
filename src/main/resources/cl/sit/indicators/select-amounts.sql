-- {group} is a whitelisted expression (Breakdown), {amount} a whitelisted column (programado_clp or
-- ejecutado_clp). A commune's unit at the level is the first characters of its CUT.
SELECT code, grupo, anio, SUM(clp)
FROM (SELECT SUBSTRING(s.cut, 1, ?) AS code, {group} AS grupo, a.anio AS anio, a.{amount} * s.share AS clp
      FROM investment_territory s
      JOIN investment_amount a ON a.project_id = s.project_id
      JOIN investment_project p ON p.id = s.project_id
      WHERE a.anio BETWEEN ? AND ?) x
GROUP BY code, grupo, anio

-- The investment dashboard (/api/investments/dashboard): investment and projects per group of one dimension, with
-- the same arithmetic as select-amounts.sql (each project's amounts times its share in the commune). Only commune
-- shares are read, so the groups of every dimension add up to the same total.
-- {group} is a whitelisted expression (DashboardDimension, or 'total'), {amount} a whitelisted column
-- (programado_clp or ejecutado_clp) and {filters} the whitelisted conditions of the other dimensions, each
-- "AND <column> IN (?, ...)" with its values bound.
SELECT grupo, SUM(clp), COUNT(DISTINCT project_id)
FROM (SELECT {group} AS grupo, a.{amount} * u.share AS clp, u.project_id AS project_id
      FROM investment_unit_share u
      JOIN investment_amount a ON a.project_id = u.project_id
      JOIN investment_project p ON p.id = u.project_id
      WHERE u.nivel = 'comuna' AND a.anio BETWEEN ? AND ?{filters}) x
GROUP BY grupo
